import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrationsDir } from '../src/config/paths';
import { migrate, readMigrations } from '../src/database/migrator';
import { useTestDatabase } from './support/test-database';

/**
 * The free text typed before offices became data: the migration makes offices of it, merging the spellings and
 * aliases of one office, and points every obligation, office feed and editor's limit at the office's label.
 */
const OFFICES_MIGRATION = '20261130060000_offices_as_data';
const database = useTestDatabase({ empty: true });
let client: Client;

beforeAll(async () => {
  const before = mkdtempSync(path.join(tmpdir(), 'migrations-before-offices-'));
  for (const migration of readMigrations(migrationsDir).filter((m) => m.name < OFFICES_MIGRATION)) {
    symlinkSync(path.join(migrationsDir, migration.name), path.join(before, migration.name));
  }
  await migrate(database.url, before);
  rmSync(before, { recursive: true });
  client = new Client({ connectionString: database.url });
  // The database is dropped (with FORCE) when the file ends, whichever closes first.
  client.on('error', () => undefined);
  await client.connect();
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO resolution (symbol, body, resolution_number, title, source_text, source_format, checksum)
     VALUES ('A/RES/57/159', 'GENERAL_ASSEMBLY', '159', 'Assistance in mine action', 'text', 'PLAIN', encode(sha256('text'), 'hex')) RETURNING id`,
  );
  const typed = ['Mine Action Service', 'unmas', 'UNMAS ', 'Department of Peace Operations', 'department of peace operations', null, ''];
  for (const [index, office] of typed.entries()) {
    await client.query(
      `INSERT INTO obligation (resolution_id, paragraph_ref, kind, strength, actor, quote, confidence, responsible_office)
       VALUES ($1, $2, 'TASK', 'MANDATORY', 'Secretary-General', 'Requests', 0.9, $3)`,
      [rows[0]?.id, String(index + 1), office],
    );
  }
  await client.query(
    `INSERT INTO app_user (email, display_name, role, offices) VALUES
       ('a@un.org', 'A', 'SECRETARIAT_EDITOR', ARRAY['United Nations Mine Action Service', 'Mine Action Service', 'OCHA']),
       ('b@un.org', 'B', 'SECRETARIAT_EDITOR', ARRAY['Electoral Assistance Division'])`,
  );
  await client.query(
    `INSERT INTO calendar_feed (name, scope, responsible_office, secret, created_by)
     VALUES ('UNMAS reports', 'OFFICE', 'mine action service', 'secret-1', 'officer@un.org')`,
  );
  await migrate(database.url, migrationsDir);
});

afterAll(async () => {
  await client?.end();
});

it('makes one office of each value not known yet, whatever its case', async () => {
  const { rows } = await client.query<{ name: string; label: string }>(
    `SELECT name, label FROM office WHERE abbreviation IS NULL ORDER BY name`,
  );
  expect(rows).toEqual([
    { name: 'Department of Peace Operations', label: 'Department of Peace Operations' },
    { name: 'Electoral Assistance Division', label: 'Electoral Assistance Division' },
  ]);
});

it("points each obligation at its office's label: UNMAS by any of its names, blanks cleared", async () => {
  const { rows } = await client.query<{ responsible_office: string | null }>(
    `SELECT responsible_office FROM obligation ORDER BY paragraph_ref`,
  );
  expect(rows.map((r) => r.responsible_office)).toEqual([
    'UNMAS',
    'UNMAS',
    'UNMAS',
    'Department of Peace Operations',
    'Department of Peace Operations',
    null,
    null,
  ]);
});

it("merges an editor's limits that name one office twice, and moves office feeds too", async () => {
  const users = await client.query<{ email: string; offices: string[] }>(`SELECT email, offices FROM app_user ORDER BY email`);
  expect(users.rows).toEqual([
    { email: 'a@un.org', offices: ['OCHA', 'UNMAS'] },
    { email: 'b@un.org', offices: ['Electoral Assistance Division'] },
  ]);
  const feeds = await client.query<{ responsible_office: string }>(`SELECT responsible_office FROM calendar_feed`);
  expect(feeds.rows).toEqual([{ responsible_office: 'UNMAS' }]);
});

it('leaves no free text behind: an office that is not in the list is refused by the database', async () => {
  await expect(client.query(`UPDATE obligation SET responsible_office = 'Mine Action Service'`)).rejects.toThrow(/foreign key/);
});
