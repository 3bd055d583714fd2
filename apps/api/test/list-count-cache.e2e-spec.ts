import request from 'supertest';
import { createDocument } from './factories/document.factory';
import { createObligation } from './factories/obligation.factory';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ LIST_COUNT_CACHE_MS: '60000' });
});

afterAll(async () => {
  await t.close();
});

const overdueTotal = async () => {
  const response = await request(t.server).get('/api/obligations').query({ filter: '{"overdue":true}' }).expect(200);
  return Number(String(response.headers['content-range']).split('/')[1]);
};

it('reuses a list total until a change through the API makes it stale', async () => {
  const first = await createObligation(t.prisma, { dueSession: 58 });
  expect(await overdueTotal()).toBe(1);

  // Written behind the API's back: the cached total is served for its time to live.
  await createObligation(t.prisma, { dueSession: 58 });
  expect(await overdueTotal()).toBe(1);

  // Any write through the API clears the totals.
  await request(t.server).patch(`/api/obligations/${first.id}`).send({ status: 'SUBMITTED' }).expect(200);
  expect(await overdueTotal()).toBe(1);
  await request(t.server).post(`/api/obligations/${first.id}/notes`).send({ text: 'no effect on totals' }).expect(201);
  const second = (await t.prisma.obligation.findFirstOrThrow({ where: { status: 'PENDING' } })).id;
  await request(t.server).post(`/api/obligations/${second}/documents`).send({ symbol: 'A/58/260' }).expect(201);
  expect(await overdueTotal()).toBe(0);
});

it('keeps every list total the same way, and a failed write clears them too', async () => {
  const documentsTotal = async () => {
    const response = await request(t.server).get('/api/documents').expect(200);
    return Number(String(response.headers['content-range']).split('/')[1]);
  };
  const before = await documentsTotal();
  await createDocument(t.prisma, { symbol: 'A/70/1' });
  expect(await documentsTotal()).toBe(before);

  // Refused (malformed symbol), yet a write request: whatever it did or did not commit, the totals are counted again.
  await request(t.server).post('/api/documents').send({ symbol: 'not a symbol' }).expect(400);
  expect(await documentsTotal()).toBe(before + 1);

  await request(t.server).post('/api/documents').send({ symbol: 'A/70/2 and Corr.1' }).expect(201);
  expect(await documentsTotal()).toBe(before + 3);
});
