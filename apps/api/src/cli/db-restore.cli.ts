#!/usr/bin/env node
import path from 'node:path';
import { BackupError } from '../backup/backup-error';
import { verifyBackup } from '../backup/backup-reader';
import { openOwnerConnection } from '../backup/owner-connection';
import { restoreBackup } from '../backup/restore';
import { loadEnvironment } from '../config/environment';
import { migrate } from '../database/migrator';
import { migrationsDir } from '../config/paths';

const USAGE = 'usage: npm run db:restore -- <file> [--replace]   (--replace discards the data the database holds)';

/**
 * `npm run db:restore -- <file> [--replace]`: checks the whole file first, brings the database to this version's
 * migrations as every start does, then loads the backup in one transaction (docs/deployment.md).
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const files = args.filter((arg) => arg !== '--replace');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0]!);
  // A damaged file is refused before any server starts or any table is touched.
  await verifyBackup(file);
  const environment = loadEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const owner = await openOwnerConnection(environment, (line) => process.stderr.write(`${line}\n`));
  try {
    await migrate(owner.url, migrationsDir);
    const { manifest, rows, replaced } = await restoreBackup(owner.url, file, { replace });
    const discarded = replaced > 0 ? `, replacing ${replaced} rows` : '';
    process.stdout.write(
      `Restored ${rows} rows into ${manifest.tables.length} tables from ${file} (backed up ${manifest.generatedAt} at migration ${manifest.migration}${discarded})\n`,
    );
    return 0;
  } finally {
    await owner.close();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const prefix = error instanceof BackupError ? 'Not restored: ' : 'Restore failed: ';
    process.stderr.write(`${prefix}${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
