/**
 * The API connects as a role that may add to the audit trail but never rewrite, remove or empty it, nor change the
 * tables, their triggers or the session setting that silences triggers (issue 12, item 7). Every statement below
 * runs on a connection of that role, as the API's own, and must be refused by PostgreSQL's privileges (not only by
 * the append-only trigger, which an owner could disable).
 */
import { Client } from 'pg';
import { useSqlClient } from './support/sql-client';
import { useTestApp } from './support/test-app';

const t = useTestApp();
const asApplication = useSqlClient(() => t.database.appUrl);
const asOwner = useSqlClient(() => t.database.url);

async function refusal(statement: string): Promise<string | null> {
  try {
    await asApplication.query(statement);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

let eventId: string;

beforeAll(async () => {
  // The test app's administrator and its token are audited: there are events to attack.
  const { rows } = await asOwner.query<{ id: string }>('SELECT id::text FROM audit_event ORDER BY id LIMIT 1');
  eventId = rows[0]!.id;
});

it('is the role the API itself connects as: not a superuser, owner of nothing', async () => {
  const [apiRole] = await t.prisma.$queryRaw<{ role: string }[]>`SELECT current_user AS role`;
  const { rows } = await asOwner.query<{ rolsuper: boolean; owns: string }>(
    `SELECT r.rolsuper, (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = r.rolname)::text AS owns
       FROM pg_roles r WHERE r.rolname = $1`,
    [apiRole?.role],
  );
  expect(apiRole?.role).toBe('mandate_tracker_app');
  expect(rows).toEqual([{ rolsuper: false, owns: '0' }]);
});

it.each([
  ['UPDATE', `UPDATE audit_event SET actor = 'mallory'`],
  ['DELETE', `DELETE FROM audit_event`],
  ['TRUNCATE', `TRUNCATE audit_event`],
])('refuses %s on the audit trail for lack of the privilege', async (_operation, statement) => {
  expect(await refusal(statement)).toBe('permission denied for table audit_event');
});

it('refuses to rewrite one event by its id', async () => {
  expect(await refusal(`UPDATE audit_event SET actor = 'mallory' WHERE id = ${eventId}`)).toBe('permission denied for table audit_event');
});

it.each([
  ['ALTER TABLE', 'ALTER TABLE audit_event ADD COLUMN note text'],
  ['DISABLE TRIGGER', 'ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only'],
  ['DISABLE TRIGGER ALL', 'ALTER TABLE audit_event DISABLE TRIGGER ALL'],
  ['DROP TABLE', 'DROP TABLE audit_event'],
  ['DROP TRIGGER', 'DROP TRIGGER audit_event_chain ON audit_event'],
])('refuses %s on the audit trail: only the owner may', async (_what, statement) => {
  expect(await refusal(statement)).toMatch(/^must be owner of (table|relation) audit_event$/);
});

it('refuses to switch triggers off with session_replication_role', async () => {
  expect(await refusal('SET session_replication_role = replica')).toBe('permission denied to set parameter "session_replication_role"');
});

it('refuses TRUNCATE of the other tables and ALTER of any, and creating objects of its own', async () => {
  expect(await refusal('TRUNCATE obligation CASCADE')).toMatch(/^permission denied for table/);
  expect(await refusal('ALTER TABLE obligation DISABLE TRIGGER ALL')).toBe('must be owner of table obligation');
  expect(await refusal('CREATE TABLE shadow (id int)')).toBe('permission denied for schema public');
  // Replacing the function that computes the chain would let every new event chain as the replacement says.
  expect(
    await refusal('CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$'),
  ).toBe('permission denied for schema public');
});

it('cannot write the record of applied migrations, only read it', async () => {
  expect(await refusal(`DELETE FROM "_prisma_migrations"`)).toBe('permission denied for table _prisma_migrations');
  await expect(asApplication.query('SELECT count(*) FROM "_prisma_migrations"')).resolves.toBeDefined();
});

it('may add to the trail and read it', async () => {
  const { rows } = await asApplication.query<{ id: string }>(
    `INSERT INTO audit_event (actor, action, entity_type, entity_id, after) VALUES ('least-privilege test', 'CREATE', 'Session', '1', '{}') RETURNING id::text`,
  );
  expect(rows).toHaveLength(1);
});

it('signs in with the password it was granted and no other', async () => {
  const url = new URL(t.database.appUrl);
  url.password = 'not-the-password';
  const client = new Client({ connectionString: url.toString() });
  client.on('error', () => undefined);
  await expect(client.connect()).rejects.toThrow(/password authentication failed/);
  await client.end().catch(() => undefined);
});
