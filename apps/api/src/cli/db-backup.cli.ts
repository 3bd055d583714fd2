#!/usr/bin/env node
import path from 'node:path';
import { backUp } from '../backup/back-up';
import { BackupError } from '../backup/backup-error';
import { openOwnerConnection } from '../backup/owner-connection';
import { loadEnvironment } from '../config/environment';

const USAGE = 'usage: npm run db:backup [-- <file>]   (default: DATA_DIR/backups/mandate-tracker-<date and time>.backup.gz)';

/** 2026-11-29T14:05:03.123Z -> 20261129T140503Z: sorts by date, and is a valid file name everywhere. */
const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** `npm run db:backup [-- <file>]`: every table of the configured database into one gzip file (docs/deployment.md). */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const environment = loadEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  // npm runs workspace scripts inside the workspace; a path is meant from where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  const file = args[0]
    ? path.resolve(base, args[0])
    : path.join(path.resolve(base, environment.DATA_DIR), 'backups', `mandate-tracker-${stamp(new Date())}.backup.gz`);
  const owner = await openOwnerConnection(environment, (line) => process.stderr.write(`${line}\n`));
  try {
    const { manifest, size } = await backUp(owner.url, file);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    process.stdout.write(
      `Backed up ${rows} rows of ${manifest.tables.length} tables (migration ${manifest.migration}) to ${file} (${size} bytes)\n`,
    );
    return 0;
  } finally {
    await owner.close();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const prefix = error instanceof BackupError ? '' : 'Backup failed: ';
    process.stderr.write(`${prefix}${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
