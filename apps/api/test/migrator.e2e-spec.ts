import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrationsDir } from '../src/config/paths';
import { checksumOf, migrate, MigrationError, readMigrations } from '../src/database/migrator';
import { useTestDatabase } from './support/test-database';

const database = useTestDatabase({ empty: true, each: true });

async function query<T extends object>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function migrationsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

it('applies the project migrations once, recording them as Prisma does', async () => {
  const first = await migrate(database.url, migrationsDir);
  expect(first.applied).toEqual(readMigrations(migrationsDir).map((m) => m.name));
  const second = await migrate(database.url, migrationsDir);
  expect(second).toEqual({ applied: [], alreadyApplied: first.applied });
  const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null; id: string }>(
    'SELECT * FROM "_prisma_migrations" ORDER BY migration_name',
  );
  expect(rows).toEqual(
    readMigrations(migrationsDir).map((m) =>
      expect.objectContaining({
        migration_name: m.name,
        checksum: m.checksum,
        applied_steps_count: 1,
        finished_at: expect.any(Date),
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      }),
    ),
  );
});

it('uses the SHA-256 of the file as the checksum, like Prisma', () => {
  expect(checksumOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

it('rolls a failing migration back entirely and reports its name', async () => {
  const dir = migrationsFolder({
    '001_good': 'CREATE TABLE good (id int);',
    '002_bad': 'CREATE TABLE half (id int); SELECT no_such_function();',
  });
  await expect(migrate(database.url, dir)).rejects.toThrow(/002_bad failed/);
  const tables = await query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  expect(tables.map((t) => t.table_name)).toEqual(['_prisma_migrations', 'good']);
  const recorded = await query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations"');
  expect(recorded.map((r) => r.migration_name)).toEqual(['001_good']);
});

it('refuses to run when an applied migration was edited afterwards', async () => {
  const dir = migrationsFolder({ '001_first': 'CREATE TABLE first (id int);' });
  await migrate(database.url, dir);
  writeFileSync(path.join(dir, '001_first', 'migration.sql'), 'CREATE TABLE first (id bigint);');
  await expect(migrate(database.url, dir)).rejects.toThrow(MigrationError);
});

it('serialises concurrent runs so each migration is applied once', async () => {
  const reports = await Promise.all([migrate(database.url, migrationsDir), migrate(database.url, migrationsDir)]);
  const applied = reports.flatMap((r) => r.applied);
  expect(applied.sort()).toEqual(
    readMigrations(migrationsDir)
      .map((m) => m.name)
      .sort(),
  );
});
