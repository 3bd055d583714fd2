import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BackupError } from './backup-error';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackedUpTable, type BackupManifest } from './backup-manifest';
import { migrationLevel, prepareCopySession } from './backup-session';
import { describeTables, type TableShape } from './database-tables';
import { TableDigest } from './table-digest';

export interface BackupSummary {
  file: string;
  manifest: BackupManifest;
  /** The file's size, compressed. */
  size: number;
}

function copyStatement(client: Client, table: TableShape): string {
  const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ');
  const order = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
  const orderBy = order.map((column) => client.escapeIdentifier(column)).join(', ');
  return `COPY (SELECT ${columns} FROM ${client.escapeIdentifier(table.name)} ORDER BY ${orderBy}) TO STDOUT`;
}

/** One table's rows into a file of their own, digested on the way. */
async function copyOut(client: Client, table: TableShape, file: string): Promise<BackedUpTable> {
  const digest = new TableDigest();
  const digesting = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      digest.add(chunk);
      done(null, chunk);
    },
  });
  await pipeline(client.query(copyTo(copyStatement(client, table))), digesting, createWriteStream(file));
  return { name: table.name, columns: table.columns, rows: digest.rows, bytes: digest.bytes, sha256: digest.sha256() };
}

async function* fileContents(manifest: BackupManifest, folder: string): AsyncGenerator<Buffer> {
  yield Buffer.from(`${JSON.stringify(manifest)}\n`);
  for (const [index] of manifest.tables.entries()) {
    for await (const chunk of createReadStream(path.join(folder, String(index)))) yield chunk as Buffer;
  }
}

/**
 * A logical backup of every table as the owner sees it, all from one snapshot (REPEATABLE READ): the rows as COPY
 * text in load order, behind a manifest with their counts and SHA-256. The manifest leads the file, so the tables
 * are first copied to files beside the target and then joined into it; only a complete file takes the target's name.
 */
export async function backUp(ownerUrl: string, file: string): Promise<BackupSummary> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  await mkdir(path.dirname(file), { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(file), '.backup-'));
  try {
    await prepareCopySession(client);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migration = await migrationLevel(client);
    if (!migration) throw new BackupError('The database has no migrations applied: there is nothing of the tracker to back up');
    const postgres = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
    const tables: BackedUpTable[] = [];
    for (const [index, table] of (await describeTables(client)).entries()) {
      tables.push(await copyOut(client, table, path.join(work, String(index))));
    }
    await client.query('COMMIT');
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      migration,
      generatedAt: new Date().toISOString(),
      postgres,
      tables,
    };
    const partial = path.join(work, 'backup.gz');
    // Password hashes and every audit event: as private as the database itself.
    await pipeline(Readable.from(fileContents(manifest, work)), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await chmod(partial, 0o600);
    await rename(partial, file);
    return { file, manifest, size: (await stat(file)).size };
  } finally {
    await client.end().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}
