import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ListTotalsListener } from '../src/common/list/list-totals-listener';
import { createDocument } from './factories/document.factory';
import { createObligation } from './factories/obligation.factory';
import { useTestApp } from './support/test-app';

const t = useTestApp({ LIST_COUNT_CACHE_MS: '60000' });

const overdueTotal = async () => {
  const response = await request(t.server).get('/api/obligations').query({ filter: '{"overdue":true}' }).expect(200);
  return Number(String(response.headers['content-range']).split('/')[1]);
};

/** A change PostgreSQL does not announce: triggers off, as when a replica applies changes. */
function silently(change: ReturnType<typeof t.owner.$executeRaw>) {
  // As the owner (a superuser here): the API's own role may not switch triggers off.
  return t.owner.$transaction([t.owner.$executeRaw`SET LOCAL session_replication_role = replica`, change]);
}

/** Waits until the API has handled every notification of changes committed so far. */
async function settled(): Promise<void> {
  const marker = randomUUID();
  const heard = t.app.get(ListTotalsListener).heard(marker);
  await t.prisma.$executeRaw`SELECT pg_notify('list_totals_stale', ${marker})`;
  await heard;
}

/** Polls until `read` gives `expected`: a write made elsewhere reaches the API as a notification, a moment later. */
async function eventually(read: () => Promise<number>, expected: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    last = await read();
  }
  expect(last).toBe(expected);
}

it('reuses a list total until a write, through the API or anywhere else, makes it stale', async () => {
  expect(await overdueTotal()).toBe(0);

  // Written behind the API's back (as another process would): PostgreSQL tells the API, which counts again.
  // With a 60 s time to live, nothing else could refresh the total within the test.
  const first = await createObligation(t.prisma, { dueSession: 58 });
  const later = await createObligation(t.prisma, { dueSession: 200 });
  await eventually(overdueTotal, 1);
  await settled();
  expect(await overdueTotal()).toBe(1); // counted after the last notification: kept from here on

  // A change PostgreSQL does not announce: the kept total is served, so it is kept, not counted on every request.
  await silently(t.owner.$executeRaw`UPDATE obligation SET due_session = 58 WHERE id = ${later.id}`);
  expect(await overdueTotal()).toBe(1);
  await createDocument(t.prisma, { symbol: 'A/71/1' });
  await eventually(overdueTotal, 2);

  // Any write through the API clears the totals at once, before its answer.
  await request(t.server).patch(`/api/obligations/${first.id}`).send({ status: 'SUBMITTED', version: first.version }).expect(200);
  expect(await overdueTotal()).toBe(1);
  await request(t.server).post(`/api/obligations/${first.id}/notes`).send({ text: 'no effect on totals' }).expect(201);
  await request(t.server).post(`/api/obligations/${later.id}/documents`).send({ symbol: 'A/58/260' }).expect(201);
  expect(await overdueTotal()).toBe(0);
});

it('keeps every list total the same way, and a failed write clears them too', async () => {
  const documentsTotal = async () => {
    const response = await request(t.server).get('/api/documents').expect(200);
    return Number(String(response.headers['content-range']).split('/')[1]);
  };
  await settled();
  const before = await documentsTotal();
  await silently(t.owner.$executeRaw`INSERT INTO document (symbol, kind) VALUES ('A/70/1', 'REPORT')`);
  expect(await documentsTotal()).toBe(before);

  // Refused (malformed symbol), yet a write request: whatever it did or did not commit, the totals are counted again.
  await request(t.server).post('/api/documents').send({ symbol: 'not a symbol' }).expect(400);
  expect(await documentsTotal()).toBe(before + 1);

  await request(t.server).post('/api/documents').send({ symbol: 'A/70/2 and Corr.1' }).expect(201);
  expect(await documentsTotal()).toBe(before + 3);
});

it('listens again when its connection to PostgreSQL is lost, and counts again', async () => {
  const before = await overdueTotal();
  const terminated = await t.prisma.$queryRaw<{ done: boolean }[]>`
    SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
     WHERE datname = current_database() AND query = 'LISTEN list_totals_stale'`;
  expect(terminated).toEqual([{ done: true }]);
  // Changed while nobody listened (the notification is lost): the new connection's first act clears the totals.
  await createObligation(t.prisma, { dueSession: 58 });
  await eventually(overdueTotal, before + 1);
  // And it hears the next change again.
  await createObligation(t.prisma, { dueSession: 58 });
  await eventually(overdueTotal, before + 2);
});
