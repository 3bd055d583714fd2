import request from 'supertest';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { validationError } from './support/error-bodies';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

interface Entry {
  actor: string;
  action: string;
  entityType: string;
  entityLabel: string;
  subject: string;
  exists: boolean;
  summary: string;
  changes: { label: string; before: string | null; after: string | null }[];
}

/** Today in UTC, as PostgreSQL's clock says (it stamps the audit events). */
const databaseDay = async () =>
  (await t.prisma.$queryRaw<{ day: string }[]>`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day`)[0]!.day;

const log = async (filter: object, query: object = {}) =>
  (
    await request(t.server)
      .get('/api/audit')
      .query({ filter: JSON.stringify(filter), ...query })
      .expect(200)
  ).body as Entry[];

describe('GET /api/audit', () => {
  it("keeps a deleted obligation's history reachable by its resolution's symbol, in words", async () => {
    const resolution = await createResolution(t.prisma, { symbol: 'A/RES/78/777' });
    const obligation = await createObligation(t.prisma, { resolutionId: resolution.id, paragraphRef: '9' });
    await (
      await t.actingAs('ana')
    )
      .patch(`/api/obligations/${obligation.id}`)

      .send({ status: 'IN_PROGRESS', focalPoint: 'Jane Smith', version: obligation.version })
      .expect(200);
    await (
      await t.actingAs('ben')
    )
      .post(`/api/obligations/${obligation.id}/documents`)

      .send({ symbol: 'A/79/777' })
      .expect(201);
    await (
      await t.actingAs('ben')
    )
      .post(`/api/obligations/${obligation.id}/notes`)

      .send({ text: 'Draft with the editors' })
      .expect(201);
    await (await t.actingAs('carla')).delete(`/api/resolutions/${resolution.id}`).expect(200);

    const entries = await log({ resolutionSymbol: 'a/res/78/777' });
    const update = entries.find((e) => e.entityType === 'Obligation' && e.action === 'UPDATE');
    expect(update).toMatchObject({
      actor: 'ana',
      subject: 'A/RES/78/777, para. 9',
      exists: false,
      summary: 'Status: Pending → In progress; Focal point: — → Jane Smith',
    });
    expect(entries.find((e) => e.entityType === 'Obligation' && e.action === 'DELETE')).toMatchObject({
      actor: 'carla',
      subject: 'A/RES/78/777, para. 9',
    });
    expect(entries.find((e) => e.entityType === 'ObligationDocument' && e.action === 'CREATE')).toMatchObject({
      entityLabel: 'Document link',
      subject: 'A/79/777 for A/RES/78/777, para. 9',
      summary: expect.stringContaining('Relation: Fulfils'),
    });
    expect(entries.find((e) => e.entityType === 'ObligationNote')).toMatchObject({ subject: 'Note on A/RES/78/777, para. 9' });
    expect(entries.find((e) => e.entityType === 'Resolution')).toMatchObject({ action: 'DELETE', subject: 'A/RES/78/777' });
    for (const entry of entries) expect(entry.summary).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
  });

  it('filters by who, what, which entity and when, newest first, with a total', async () => {
    const obligation = await createObligation(t.prisma);
    // The days around the change, read on the clock that stamps it (the database's): midnight may fall in between.
    const dayBefore = await databaseDay();
    await (
      await t.actingAs('dora')
    )
      .patch(`/api/obligations/${obligation.id}`)
      .send({ status: 'DEFERRED', version: obligation.version })
      .expect(200);
    const dayAfter = await databaseDay();
    const response = await request(t.server)
      .get('/api/audit')
      .query({ filter: JSON.stringify({ actor: 'DORA', action: 'UPDATE', entityType: 'Obligation', entityId: String(obligation.id) }) })
      .expect(200);
    expect(response.headers['content-range']).toBe('audit 0-0/1');
    expect(response.body[0]).toMatchObject({ actor: 'dora', summary: 'Status: Pending → Deferred' });
    expect(await log({ actor: 'dora', from: dayBefore, to: dayAfter })).toHaveLength(1);
    expect(await log({ actor: 'dora', to: '2020-01-01' })).toHaveLength(0);
  });

  it('refuses an unknown action, entity or a malformed day', async () => {
    const bad = await request(t.server)
      .get('/api/audit')
      .query({ filter: '{"action":"EDIT","entityType":"Thing","from":"2025-13-01"}' })
      .expect(400);
    expect(bad.body).toEqual(
      validationError({
        'filter.action': expect.stringContaining('CREATE'),
        'filter.entityType': expect.stringContaining('Obligation'),
        'filter.from': expect.any(String),
      }),
    );
  });
});
