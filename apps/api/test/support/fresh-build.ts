import { spawnSync } from 'node:child_process';
import path from 'node:path';

const stampScript = path.resolve(__dirname, '../../../../scripts/build-stamp.cjs');

/**
 * The CLI and browser tests run what `npm run build` made (`npm test` builds first: turbo's test task depends on
 * build). Run by hand after a change without a build they would test older code, so they refuse instead, saying
 * which build is out of date (scripts/build-stamp.cjs compares each dist's stamp with its sources). Imports nothing
 * from src, so the admin's browser tests use it too.
 */
export function requireFreshBuild(program: 'api' | 'tracker'): void {
  const check = spawnSync(process.execPath, [stampScript, 'check', program], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(check.stderr.trim() || `build-stamp check ${program} failed (${check.status})`);
}
