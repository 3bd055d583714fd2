/**
 * An import is one transaction: when a write fails half-way, none of the writes before it stays. Every refusal the
 * API makes on purpose comes before the first write, so the failure is made here by a trigger that the test puts
 * on a table the import writes late.
 */
import request from 'supertest';
import { seedText } from './support/seeds';
import { useSqlClient } from './support/sql-client';
import { useTestApp } from './support/test-app';

const t = useTestApp();
const sql = useSqlClient(() => t.database.url);

beforeAll(async () => {
  await sql.query(`CREATE FUNCTION test_fail_late() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the test made this write fail'; END $$`);
});

afterEach(async () => {
  await sql.query('DROP TRIGGER IF EXISTS test_fail_late ON audit_event');
  await sql.query('DROP TRIGGER IF EXISTS test_fail_late ON obligation_document');
});

const TABLES = [
  'resolution',
  'paragraph',
  'obligation',
  'resolution_recall',
  'acknowledged_report',
  'document',
  'obligation_document',
  'audit_event',
] as const;

/** Every row of every table the import writes, as text: equal snapshots mean nothing was written. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of TABLES) {
    const { rows } = await sql.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t ORDER BY t::text`);
    tables[table] = rows.map((r) => r.row);
  }
  return tables;
}

const failLate = (table: 'audit_event' | 'obligation_document') =>
  sql.query(`CREATE TRIGGER test_fail_late BEFORE INSERT ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION test_fail_late()`);

const commit = (text: string) => request(t.server).post('/api/imports/commit').set('X-Actor', 'ana').send({ text, obligations: [] });

const expectServerFailure = (response: request.Response) => {
  expect(response.status).toBe(500);
  expect(response.body).toMatchObject({ statusCode: 500, error: 'INTERNAL' });
};

it('leaves no row of a new resolution when its audit records, written last, fail', async () => {
  const before = await snapshot();
  expect(before.resolution).toEqual([]);
  await failLate('audit_event');
  expectServerFailure(await commit(seedText('A_RES_57_159.pdf.txt')));
  expect(await snapshot()).toEqual(before);
});

it('leaves the earlier resolutions as they were when the follow-up links of a later one fail', async () => {
  await commit(seedText('A_RES_57_159.pdf.txt')).expect(201);
  const before = await snapshot();
  expect(before.resolution).toHaveLength(1);
  // 58/127 proves two obligations of 57/159: storing those links is the last write of its import.
  await failLate('obligation_document');
  expectServerFailure(await commit(seedText('A_RES_58_127.doc.txt')));
  expect(await snapshot()).toEqual(before);

  await sql.query('DROP TRIGGER test_fail_late ON obligation_document');
  // Without the failing trigger the same import goes through, links and all: the failure was the trigger's alone.
  const stored = await commit(seedText('A_RES_58_127.doc.txt')).expect(201);
  expect(stored.body).toMatchObject({ outcome: 'created', links: expect.any(Number) });
  expect(stored.body.links).toBeGreaterThan(0);
  expect(await t.prisma.obligationDocument.count()).toBe(stored.body.links);
});

it('keeps the old paragraphs and obligations when a new version of a resolution fails to store', async () => {
  const text = seedText('A_RES_62_99.pdf.txt');
  await commit(text).expect(201);
  const before = await snapshot();
  await failLate('audit_event');
  // The same resolution, changed: its paragraphs are deleted and written again before the audit records fail.
  expectServerFailure(await commit(text.replace('Requests the Secretary-General', 'Requests the Secretary-General, once more,')));
  expect(await snapshot()).toEqual(before);
});
