import request from 'supertest';
import { createObligation } from './factories/obligation.factory';
import { notFound, validationError } from './support/error-bodies';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('POST /api/obligations/:id/documents', () => {
  it('records the symbol of an issued report, with its corrigendum, and shows it on the obligation', async () => {
    const obligation = await createObligation(t.prisma);
    const response = await request(t.server)
      .post(`/api/obligations/${obligation.id}/documents`)
      .set('X-Actor', 'ana')
      .send({ symbol: 'A/62/307 and Corr.3' })
      .expect(201);
    expect(response.body).toHaveLength(2);
    const detail = await request(t.server).get(`/api/obligations/${obligation.id}`).expect(200);
    expect(
      detail.body.documents.map((d: { symbol: string; relation: string; origin: string; reviewState: string }) => [
        d.symbol,
        d.relation,
        d.origin,
        d.reviewState,
      ]),
    ).toEqual([
      ['A/62/307', 'FULFILS', 'MANUAL', 'CONFIRMED'],
      ['A/62/307/Corr.3', 'FULFILS', 'MANUAL', 'CONFIRMED'],
    ]);
    expect(detail.body.dueSessionDates).toEqual({
      opensOn: expect.stringMatching(/^2003-09-/),
      closesOn: expect.stringMatching(/^2004-09-/),
    });
    expect(detail.body.allowedStatuses).toEqual(['IN_PROGRESS', 'SUBMITTED', 'DEFERRED', 'CANCELLED']);
    const kinds = await t.prisma.document.findMany({ where: { symbol: { startsWith: 'A/62/307' } }, orderBy: { symbol: 'asc' } });
    expect(kinds.map((d) => d.kind)).toEqual(['REPORT', 'CORRIGENDUM']);
    // Linking the same documents again adds nothing.
    expect(
      (await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol: 'A/62/307' }).expect(201)).body,
    ).toEqual([]);
  });

  it('refuses a malformed symbol with the expected shape, and a missing obligation', async () => {
    const obligation = await createObligation(t.prisma);
    const bad = await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol: 'report 307' }).expect(400);
    expect(bad.body).toEqual(validationError({ symbol: expect.stringContaining('A/') }));
    expect((await request(t.server).post('/api/obligations/999999/documents').send({ symbol: 'A/62/307' }).expect(404)).body).toEqual(
      notFound,
    );
    expect(await t.prisma.obligationDocument.count({ where: { obligationId: obligation.id } })).toBe(0);
  });
});

describe('proof by documents', () => {
  it('takes an obligation off the overdue list while a fulfilling document is linked and not rejected', async () => {
    const obligation = await createObligation(t.prisma, { dueSession: 58 });
    const overdueIds = async () =>
      (await request(t.server).get('/api/obligations').query({ filter: '{"overdue":true}' }).expect(200)).body.map(
        (o: { id: number }) => o.id,
      );
    expect(await overdueIds()).toContain(obligation.id);
    const [link] = (await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol: 'A/58/260' }).expect(201))
      .body;
    expect(await overdueIds()).not.toContain(obligation.id);
    expect((await request(t.server).get(`/api/obligations/${obligation.id}`).expect(200)).body).toMatchObject({
      proven: true,
      overdue: false,
    });
    await request(t.server).patch(`/api/obligations/${obligation.id}/documents/${link.id}`).send({ reviewState: 'REJECTED' }).expect(200);
    expect(await overdueIds()).toContain(obligation.id);
  });
});

describe('PATCH and DELETE /api/obligations/:id/documents/:linkId', () => {
  it('rejects an automatic link, then removes it, recording both', async () => {
    const obligation = await createObligation(t.prisma);
    const [link] = (await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol: 'A/58/260' }).expect(201))
      .body;
    const reviewed = await request(t.server)
      .patch(`/api/obligations/${obligation.id}/documents/${link.id}`)
      .send({ reviewState: 'REJECTED' })
      .expect(200);
    expect(reviewed.body).toMatchObject({ id: link.id, reviewState: 'REJECTED' });
    await request(t.server).delete(`/api/obligations/${obligation.id}/documents/${link.id}`).expect(200);
    expect((await request(t.server).delete(`/api/obligations/${obligation.id}/documents/${link.id}`).expect(404)).body).toEqual(notFound);
    const events = await t.prisma.auditEvent.findMany({
      where: { entityType: 'ObligationDocument', entityId: String(link.id) },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(
      (await request(t.server).patch(`/api/obligations/${obligation.id}/documents/abc`).send({ reviewState: 'CONFIRMED' }).expect(400))
        .body,
    ).toEqual(validationError({ linkId: expect.any(String) }));
  });
});
