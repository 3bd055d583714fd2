import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BackupError } from './backup-error';
import type { BackupManifest } from './backup-manifest';
import { BackupReader } from './backup-reader';
import { migrationLevel, prepareCopySession } from './backup-session';
import { describeTables, type TableShape } from './database-tables';

/**
 * The tables the migrations themselves fill (General Assembly sessions, the first offices and their rule): a
 * database holding rows only there has nothing of anyone's, and takes a backup without --replace. Every change a
 * person makes to them leaves an audit event, which is not among them. test/backup-restore.e2e-spec.ts checks
 * that a freshly migrated database holds rows in these tables alone.
 */
export const SEEDED_BY_MIGRATIONS: readonly string[] = ['office', 'office_suggestion_rule', 'session'];

export interface RestoreSummary {
  manifest: BackupManifest;
  rows: number;
  /** Rows the database held beforehand outside the seeded tables (only ever non-zero with replace). */
  replaced: number;
}

const quoted = (client: Client, name: string) => client.escapeIdentifier(name);

function sameShape(manifest: BackupManifest, tables: TableShape[]): string | undefined {
  const here = new Map(tables.map((table) => [table.name, table.columns.join(', ')]));
  const there = new Map(manifest.tables.map((table) => [table.name, table.columns.join(', ')]));
  const names = [...new Set([...here.keys(), ...there.keys()])].sort();
  const differing = names.filter((name) => here.get(name) !== there.get(name));
  return differing.length > 0 ? differing.join(', ') : undefined;
}

/** Rows per table outside the seeded ones, inside the restore's transaction (the tables are locked). */
async function rowsOfSomeone(client: Client, tables: TableShape[]): Promise<{ table: string; rows: number }[]> {
  const counted: { table: string; rows: number }[] = [];
  for (const table of tables.filter((t) => !SEEDED_BY_MIGRATIONS.includes(t.name))) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${quoted(client, table.name)}`);
    const count = Number(rows[0]!.count);
    if (count > 0) counted.push({ table: table.name, rows: count });
  }
  return counted;
}

async function resetSequences(client: Client, tables: TableShape[]): Promise<void> {
  for (const table of tables) {
    for (const { column, sequence } of table.sequences) {
      // An empty table starts again at 1; otherwise the next id follows the highest restored one.
      await client.query(
        `SELECT setval($1::regclass, COALESCE(max(${quoted(client, column)}), 1), max(${quoted(client, column)}) IS NOT NULL) FROM ${quoted(client, table.name)}`,
        [sequence],
      );
    }
  }
}

/**
 * Loads a verified backup into the database as its owner, in one transaction: either every table holds exactly
 * the backup's rows afterwards, or nothing changed. The tables' own triggers are set aside while loading
 * (ALTER TABLE ... DISABLE TRIGGER USER, the owner's right, undone before COMMIT): the audit trail keeps each
 * event's stored hash and chain position instead of the chain trigger numbering it again, the append-only trigger
 * lets --replace empty it, and the counters triggers keep (obligation.fulfilling_links) arrive as backed up rather
 * than counted twice. Foreign keys stay checked, which is why tables load in the manifest's order.
 */
export async function restoreBackup(ownerUrl: string, file: string, options: { replace: boolean }): Promise<RestoreSummary> {
  const reader = await BackupReader.open(file);
  const manifest = reader.manifest;
  const client = new Client({ connectionString: ownerUrl });
  try {
    await client.connect();
    await prepareCopySession(client);
    const level = await migrationLevel(client);
    if (level !== manifest.migration) {
      throw new BackupError(
        `The backup was made at migration ${manifest.migration}, the database is at ${level ?? 'no migration'}: restore it with the version of the tracker that made it (then upgrade), or use a backup made by this version`,
      );
    }
    const tables = await describeTables(client);
    const differing = sameShape(manifest, tables);
    if (differing) throw new BackupError(`The backup's tables differ from the database's, though both are at ${level}: ${differing}`);
    const byName = new Map(tables.map((table) => [table.name, table]));
    const names = tables.map((table) => quoted(client, table.name)).join(', ');

    await client.query('BEGIN');
    try {
      // Nobody writes between the check for data and the load, nor sees the tables half-loaded.
      await client.query(`LOCK TABLE ${names} IN ACCESS EXCLUSIVE MODE`);
      const occupied = await rowsOfSomeone(client, tables);
      if (occupied.length > 0 && !options.replace) {
        const list = occupied.map(({ table, rows }) => `${rows} in ${table}`).join(', ');
        throw new BackupError(`The database already holds data (rows ${list}): restore with --replace to discard it for the backup's`);
      }
      for (const table of tables) await client.query(`ALTER TABLE ${quoted(client, table.name)} DISABLE TRIGGER USER`);
      await client.query(`TRUNCATE ${names}`);
      let rows = 0;
      for await (const section of reader.tables()) {
        const table = byName.get(section.table.name)!;
        const columns = table.columns.map((column) => quoted(client, column)).join(', ');
        const copy = client.query(copyFrom(`COPY ${quoted(client, table.name)} (${columns}) FROM STDIN`));
        try {
          await pipeline(Readable.from(section.chunks), copy);
        } catch (error) {
          if (error instanceof BackupError) throw error;
          throw new BackupError(`The rows of ${table.name} could not be loaded (${(error as Error).message}); nothing was restored`);
        }
        // Checked again as loaded: the file may have changed since it was verified.
        section.check();
        rows += section.table.rows;
      }
      await resetSequences(client, tables);
      for (const table of tables) await client.query(`ALTER TABLE ${quoted(client, table.name)} ENABLE TRIGGER USER`);
      // Running API processes drop the lists' cached totals (the triggers that would say so were set aside).
      await client.query(`SELECT pg_notify('list_totals_stale', '')`);
      await client.query('COMMIT');
      return { manifest, rows, replaced: occupied.reduce((sum, entry) => sum + entry.rows, 0) };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    reader.close();
    await client.end().catch(() => undefined);
  }
}
