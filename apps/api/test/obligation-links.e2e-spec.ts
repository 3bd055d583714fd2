import request from 'supertest';
import { createObligation } from './factories/obligation.factory';
import { conflict, notFound, validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

describe('POST /api/obligations/:id/documents', () => {
  it('records the symbol of an issued report, with its corrigendum, and shows it on the obligation', async () => {
    const obligation = await createObligation(t.prisma);
    const response = await (
      await t.actingAs('ana')
    )
      .post(`/api/obligations/${obligation.id}/documents`)
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
    await request(t.server)
      .patch(`/api/obligations/${obligation.id}/documents/${link.id}`)
      .send({ reviewState: 'REJECTED', version: link.version })
      .expect(200);
    expect(await overdueIds()).toContain(obligation.id);
  });
});

describe('the count of proving links, kept by the database', () => {
  it('follows every change to the links, made through the API or not', async () => {
    const obligation = await createObligation(t.prisma, { dueSession: 58 });
    const other = await createObligation(t.prisma, { dueSession: 58 });
    const counted = async (id = obligation.id) => (await t.prisma.obligation.findUniqueOrThrow({ where: { id } })).fulfillingLinks;
    const proven = async () => (await request(t.server).get(`/api/obligations/${obligation.id}`).expect(200)).body.proven as boolean;
    const link = (symbol: string, relation = 'FULFILS') =>
      request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol, relation }).expect(201);
    const review = async (linkId: number, reviewState: string) => {
      const { version } = await t.prisma.obligationDocument.findUniqueOrThrow({ where: { id: linkId } });
      return request(t.server).patch(`/api/obligations/${obligation.id}/documents/${linkId}`).send({ reviewState, version }).expect(200);
    };

    // Two people recording a report each at the same moment: both counted.
    const [[first], [second]] = (await Promise.all([link('A/58/260'), link('A/58/261')])).map((response) => response.body);
    expect(await counted()).toBe(2);
    await review(first.id, 'REJECTED');
    expect([await counted(), await proven()]).toEqual([1, true]);
    await review(second.id, 'REJECTED');
    expect([await counted(), await proven()]).toEqual([0, false]);
    await review(second.id, 'CONFIRMED');
    expect(await counted()).toBe(1);

    // A related document proves nothing until someone makes it a fulfilling one.
    const [related] = (await link('A/58/262', 'RELATED')).body;
    expect(await counted()).toBe(1);
    await t.prisma.obligationDocument.update({ where: { id: related.id }, data: { relation: 'FULFILS' } });
    expect(await counted()).toBe(2);

    // A link moved to another obligation, a document deleted with its links, a link removed.
    await t.prisma.obligationDocument.update({ where: { id: related.id }, data: { obligationId: other.id } });
    expect([await counted(), await counted(other.id)]).toEqual([1, 1]);
    await t.prisma.document.delete({ where: { id: second.documentId } });
    expect([await counted(), await proven()]).toEqual([0, false]);
    await request(t.server).delete(`/api/obligations/${obligation.id}/documents/${first.id}`).expect(200);
    expect(await counted()).toBe(0);

    // An obligation renumbered by hand takes its links along (ON UPDATE CASCADE), and its count with them, once.
    await request(t.server).post(`/api/obligations/${other.id}/documents`).send({ symbol: 'A/58/263' }).expect(201);
    expect(await counted(other.id)).toBe(2);
    const renumbered = other.id + 100_000;
    await t.prisma.$executeRaw`UPDATE obligation SET id = ${renumbered} WHERE id = ${other.id}`;
    expect(await counted(renumbered)).toBe(2);
    await t.prisma.obligationDocument.deleteMany({ where: { obligationId: renumbered } });
    expect(await counted(renumbered)).toBe(0);

    // The obligation deleted with its links (by its resolution) leaves nothing to count and fails nothing.
    await t.prisma.resolution.delete({ where: { id: other.resolutionId } });
    expect(await t.prisma.obligation.count({ where: { id: other.id } })).toBe(0);
  });
});

describe('PATCH and DELETE /api/obligations/:id/documents/:linkId', () => {
  it('rejects an automatic link, then removes it, recording both', async () => {
    const obligation = await createObligation(t.prisma);
    const [link] = (await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol: 'A/58/260' }).expect(201))
      .body;
    const reviewed = await request(t.server)
      .patch(`/api/obligations/${obligation.id}/documents/${link.id}`)
      .send({ reviewState: 'REJECTED', version: link.version })
      .expect(200);
    expect(reviewed.body).toMatchObject({ id: link.id, reviewState: 'REJECTED', version: link.version + 1 });
    await request(t.server).delete(`/api/obligations/${obligation.id}/documents/${link.id}`).expect(200);
    expect((await request(t.server).delete(`/api/obligations/${obligation.id}/documents/${link.id}`).expect(404)).body).toEqual(notFound);
    const events = await t.prisma.auditEvent.findMany({
      where: { entityType: 'ObligationDocument', entityId: String(link.id) },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(
      (
        await request(t.server)
          .patch(`/api/obligations/${obligation.id}/documents/abc`)
          .send({ reviewState: 'CONFIRMED', version: 1 })
          .expect(400)
      ).body,
    ).toEqual(validationError({ linkId: expect.any(String) }));
  });

  it('takes the version the reviewer read: none is a 400, a stale one a 409 that changes nothing', async () => {
    const obligation = await createObligation(t.prisma);
    const [link] = (await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol: 'A/58/270' }).expect(201))
      .body;
    const url = `/api/obligations/${obligation.id}/documents/${link.id}`;
    expect((await request(t.server).patch(url).send({ reviewState: 'REJECTED' }).expect(400)).body).toEqual(
      validationError({ version: expect.stringContaining('version is required') }),
    );
    await request(t.server).patch(url).send({ reviewState: 'REJECTED', version: link.version }).expect(200);
    expect((await request(t.server).patch(url).send({ reviewState: 'CONFIRMED', version: link.version }).expect(409)).body).toEqual(
      conflict('STALE_VERSION'),
    );
    expect(await t.prisma.obligationDocument.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      reviewState: 'REJECTED',
      version: link.version + 1,
    });
  });

  it('lets one of two reviewers deciding at once win, and tells the other', async () => {
    const obligation = await createObligation(t.prisma);
    const [link] = (await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol: 'A/58/271' }).expect(201))
      .body;
    const url = `/api/obligations/${obligation.id}/documents/${link.id}`;
    const answers = await Promise.all(
      (['REJECTED', 'NEEDS_REVIEW'] as const).map((reviewState) =>
        request(t.server).patch(url).send({ reviewState, version: link.version }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const events = await t.prisma.auditEvent.findMany({
      where: { entityType: 'ObligationDocument', entityId: String(link.id), action: 'UPDATE' },
    });
    expect(events).toHaveLength(1);
  });
});
