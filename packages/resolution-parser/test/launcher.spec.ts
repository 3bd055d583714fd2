/**
 * The committed launcher (bin/resolution-parser.js) is what npm links as `resolution-parser`: it must run
 * the built command line, and on a fresh clone (no dist/) build it first, keeping stdout for the JSON.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pkg = path.join(__dirname, '..');
const repo = path.join(pkg, '../..');
const seed = path.join(repo, 'seeds/A_RES_78_70.md');

describe('the resolution-parser launcher', () => {
  let copy: string;

  beforeAll(() => {
    // A copy of the package as a fresh clone has it: sources and the launcher, no dist/.
    const dir = mkdtempSync(path.join(tmpdir(), 'parser-launcher-'));
    copy = path.join(dir, 'packages/resolution-parser');
    for (const part of ['bin', 'src', 'package.json', 'tsconfig.build.json'])
      cpSync(path.join(pkg, part), path.join(copy, part), { recursive: true });
    cpSync(path.join(repo, 'tsconfig.base.json'), path.join(dir, 'tsconfig.base.json'));
    symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  });

  afterAll(() => rmSync(path.dirname(path.dirname(copy)), { recursive: true, force: true }));

  it('builds dist/ on first use and prints the analysis as JSON on stdout', () => {
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    const first = spawnSync(process.execPath, [path.join(copy, 'bin/resolution-parser.js'), seed], { encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('building the parser');
    expect(JSON.parse(first.stdout).symbol).toBe('A/RES/78/70');
    const again = spawnSync(process.execPath, [path.join(copy, 'bin/resolution-parser.js'), '--help'], { encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('obligations');
  }, 120_000);
});
