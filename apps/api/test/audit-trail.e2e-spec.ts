/**
 * The audit trail is append-only in the database itself, not only because the API never changes it: whoever holds
 * a connection (a script, a console, a bug) can add events but never rewrite or remove them.
 */
import request from 'supertest';
import { createObligation } from './factories/obligation.factory';
import { useSqlClient } from './support/sql-client';
import { useTestApp } from './support/test-app';

const t = useTestApp();
const sql = useSqlClient(() => t.database.url);

/** The error PostgreSQL raised for the statement, or null when it ran. */
async function refusal(statement: string, values: unknown[] = []): Promise<{ code?: string; message: string } | null> {
  try {
    await sql.query(statement, values);
    return null;
  } catch (error) {
    return error as { code?: string; message: string };
  }
}

describe('the audit_event table', () => {
  let eventId: string;
  let before: unknown[];

  beforeAll(async () => {
    const obligation = await createObligation(t.prisma);
    await request(t.server).patch(`/api/obligations/${obligation.id}`).set('X-Actor', 'ana').send({ status: 'IN_PROGRESS' }).expect(200);
    const { rows } = await sql.query<{ id: string }>('SELECT * FROM audit_event ORDER BY id');
    expect(rows).toHaveLength(1);
    before = rows;
    eventId = String(rows[0]?.id);
  });

  afterEach(async () => {
    expect((await sql.query('SELECT * FROM audit_event ORDER BY id')).rows).toEqual(before);
  });

  it.each([
    ['UPDATE', 'rewrites who acted', "UPDATE audit_event SET actor = 'mallory' WHERE id = $1"],
    [
      'UPDATE',
      'turns the event into another',
      'UPDATE audit_event SET "action" = \'DELETE\', "before" = "after", "after" = NULL WHERE id = $1',
    ],
    ['DELETE', 'removes the event', 'DELETE FROM audit_event WHERE id = $1'],
  ])('refuses %s that %s', async (operation, _what, statement) => {
    expect(await refusal(statement, [eventId])).toMatchObject({
      code: '42501',
      message: `audit_event is append-only: ${operation} is not allowed`,
    });
  });

  it('refuses UPDATE and DELETE of every row at once', async () => {
    expect(await refusal('UPDATE audit_event SET actor = actor')).toMatchObject({ code: '42501' });
    expect(await refusal('DELETE FROM audit_event')).toMatchObject({ code: '42501' });
  });

  it('refuses TRUNCATE, which row triggers never see', async () => {
    expect(await refusal('TRUNCATE audit_event')).toMatchObject({
      code: '42501',
      message: 'audit_event is append-only: TRUNCATE is not allowed',
    });
  });

  it('refuses changes made through the API process too', async () => {
    await expect(t.prisma.auditEvent.update({ where: { id: BigInt(eventId) }, data: { actor: 'mallory' } })).rejects.toThrow(/append-only/);
    await expect(t.prisma.auditEvent.deleteMany()).rejects.toThrow(/append-only/);
  });
});
