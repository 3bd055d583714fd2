import request from 'supertest';
import { createObligation } from './factories/obligation.factory';
import { conflict, notFound, validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
});

describe('GET /api/obligations', () => {
  it('lists with the resolution and derives overdue and due-now from today', async () => {
    const past = await createObligation(t.prisma, { dueSession: 58 });
    const settled = await createObligation(t.prisma, { dueSession: 58, status: 'FULFILLED' });
    const future = await createObligation(t.prisma, { dueSession: 99 });
    const response = await request(t.server).get('/api/obligations').query({ sort: '["id","ASC"]' }).expect(200);
    expect(response.headers['content-range']).toBe('obligations 0-2/3');
    const byId = Object.fromEntries(response.body.map((o: { id: number }) => [o.id, o]));
    expect(byId[past.id]).toMatchObject({ overdue: true, dueNow: false, resolution: { symbol: expect.stringMatching(/^A\/RES\//) } });
    expect(byId[settled.id]).toMatchObject({ overdue: false });
    expect(byId[future.id]).toMatchObject({ overdue: false, dueNow: false });

    const overdue = await request(t.server).get('/api/obligations').query({ filter: '{"overdue":true}' }).expect(200);
    expect(overdue.body.map((o: { id: number }) => o.id)).toEqual([past.id]);
    const notOverdue = await request(t.server)
      .get('/api/obligations')
      .query({ filter: '{"overdue":false}', sort: '["id","ASC"]' })
      .expect(200);
    expect(notOverdue.body.map((o: { id: number }) => o.id)).toEqual([settled.id, future.id]);
  });

  it('filters by kind, status, review state, office, actor, session, resolution and words', async () => {
    const report = await createObligation(t.prisma, { responsibleOffice: 'UNMAS', reviewState: 'CONFIRMED' });
    const agenda = await createObligation(t.prisma, {
      kind: 'AGENDA_ITEM',
      actor: 'General Assembly',
      agendaItemTitle: 'Assistance in mine action',
      dueSession: 64,
    });
    const ids = async (filter: object) =>
      (
        await request(t.server)
          .get('/api/obligations')
          .query({ filter: JSON.stringify(filter) })
          .expect(200)
      ).body.map((o: { id: number }) => o.id);
    expect(await ids({ kind: 'AGENDA_ITEM' })).toEqual([agenda.id]);
    expect(await ids({ responsibleOffice: 'unmas' })).toEqual([report.id]);
    expect(await ids({ unassigned: true })).toEqual([agenda.id]);
    expect(await ids({ unassigned: false })).toEqual([report.id]);
    expect(await ids({ reviewState: 'CONFIRMED' })).toEqual([report.id]);
    expect(await ids({ actor: 'secretary' })).toEqual([report.id]);
    expect(await ids({ dueSession: 64 })).toEqual([agenda.id]);
    expect(await ids({ resolutionId: agenda.resolutionId })).toEqual([agenda.id]);
    expect(await ids({ q: 'mine action' })).toEqual([agenda.id]);
    // Words in any case, each from any of quote, actor and agenda item title; never across two of them.
    expect(await ids({ q: 'MINE assembly' })).toEqual([agenda.id]);
    expect(await ids({ q: 'assemblyassistance' })).toEqual([]);
    expect(await ids({ status: 'PENDING', kind: 'REPORT' })).toEqual([report.id]);
  });

  it('filters a range of due sessions, from and to', async () => {
    const [s80, s81, s83, s84] = await Promise.all([80, 81, 83, 84].map((dueSession) => createObligation(t.prisma, { dueSession })));
    const ids = async (filter: object) =>
      (
        await request(t.server)
          .get('/api/obligations')
          .query({ filter: JSON.stringify(filter), sort: '["dueSession","ASC"]' })
          .expect(200)
      ).body.map((o: { id: number }) => o.id);
    expect(await ids({ dueSessionFrom: 81, dueSessionTo: 83 })).toEqual([s81?.id, s83?.id]);
    expect(await ids({ dueSessionFrom: 83 })).toEqual([s83?.id, s84?.id]);
    expect(await ids({ dueSessionTo: 80 })).toEqual([s80?.id]);
    await request(t.server)
      .get('/api/obligations')
      .query({ filter: '{"dueSessionFrom":"eighty"}' })
      .expect(400)
      .expect((r) => expect(r.body).toEqual(validationError({ 'filter.dueSessionFrom': expect.any(String) })));
  });

  it('shows the agenda item a report is expected under, from its resolution', async () => {
    const report = await createObligation(t.prisma, { kind: 'REPORT', dueSession: 80, paragraphRef: '21' });
    await createObligation(t.prisma, {
      resolutionId: report.resolutionId,
      kind: 'AGENDA_ITEM',
      paragraphRef: '22',
      dueSession: 80,
      agendaItemTitle: '“Assistance in mine action”.',
    });
    const lone = await createObligation(t.prisma, { kind: 'REPORT', dueSession: 80 });
    const response = await request(t.server)
      .get('/api/obligations')
      .query({ filter: '{"kind":"REPORT"}', sort: '["id","ASC"]' })
      .expect(200);
    expect(response.body.map((o: { id: number; expectedUnderItem: string | null }) => [o.id, o.expectedUnderItem])).toEqual([
      [report.id, 'Assistance in mine action'],
      [lone.id, null],
    ]);
    const one = await request(t.server).get(`/api/obligations/${report.id}`).expect(200);
    expect(one.body.expectedUnderItem).toBe('Assistance in mine action');
  });

  it('refuses unknown filters and values, naming them', async () => {
    const response = await request(t.server).get('/api/obligations').query({ filter: '{"kind":"WISH","overdue":"maybe"}' }).expect(400);
    expect(response.body).toEqual(
      validationError({ 'filter.kind': expect.stringContaining('REPORT'), 'filter.overdue': expect.any(String) }),
    );
  });
});

describe('GET /api/obligations/:id', () => {
  it('shows the clause inside its paragraph, with its links', async () => {
    const obligation = await createObligation(t.prisma);
    const response = await request(t.server).get(`/api/obligations/${obligation.id}`).expect(200);
    expect(response.body).toMatchObject({
      id: obligation.id,
      paragraph: { text: expect.stringContaining('fifty-eighth session') },
      documents: [],
    });
    expect(response.body).not.toHaveProperty('searchWords');
    expect((await request(t.server).get('/api/obligations/999999').expect(404)).body).toEqual(notFound);
  });
});

describe('PATCH /api/obligations/:id', () => {
  it('moves along the workflow, records the history and refuses a stale version', async () => {
    const obligation = await createObligation(t.prisma);
    await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .set('X-Actor', 'ana')
      .send({ status: 'IN_PROGRESS', responsibleOffice: 'UNMAS', version: 1 })
      .expect(200);
    const submitted = await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ status: 'SUBMITTED', version: 2 })
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', version: 3, overdue: false });

    const stale = await request(t.server).patch(`/api/obligations/${obligation.id}`).send({ status: 'FULFILLED', version: 2 }).expect(409);
    expect(stale.body).toEqual(conflict('STALE_VERSION'));
    expect(stale.body.details.current).toMatchObject({ status: 'SUBMITTED', version: 3 });

    const history = await request(t.server).get(`/api/obligations/${obligation.id}/history`).expect(200);
    expect(history.body.map((e: { actor: string; after: { status: string } }) => [e.actor, e.after.status])).toEqual([
      ['ana', 'IN_PROGRESS'],
      ['system', 'SUBMITTED'],
    ]);
  });

  it('refuses a transition the workflow does not allow, and cancelling without a reason', async () => {
    const obligation = await createObligation(t.prisma);
    const skip = await request(t.server).patch(`/api/obligations/${obligation.id}`).send({ status: 'FULFILLED' }).expect(400);
    expect(skip.body).toEqual(validationError({ status: expect.stringContaining('PENDING to FULFILLED') }));
    const cancel = await request(t.server).patch(`/api/obligations/${obligation.id}`).send({ status: 'CANCELLED' }).expect(400);
    expect(cancel.body).toEqual(validationError({ status: expect.stringContaining('statusReason') }));
    await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ status: 'CANCELLED', statusReason: 'Superseded' })
      .expect(200);
    expect((await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).version).toBe(2);
  });

  it('confirms or corrects an extraction and refuses bad values', async () => {
    const obligation = await createObligation(t.prisma);
    const corrected = await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ reviewState: 'CONFIRMED', dueSession: 59, dueDate: '2004-06-30' })
      .expect(200);
    expect(corrected.body).toMatchObject({ reviewState: 'CONFIRMED', dueSession: 59, dueDate: '2004-06-30' });
    const bad = await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ confidence: 2, dueDate: '30 June 2004', quote: 'x' })
      .expect(400);
    expect(bad.body).toEqual(validationError({ confidence: expect.any(String), dueDate: expect.any(String), quote: expect.any(String) }));
  });
});

describe('notes', () => {
  it('adds and lists notes with their author', async () => {
    const obligation = await createObligation(t.prisma);
    await request(t.server)
      .post(`/api/obligations/${obligation.id}/notes`)
      .set('X-Actor', 'ana')
      .send({ text: 'Draft with OLA' })
      .expect(201);
    const notes = await request(t.server).get(`/api/obligations/${obligation.id}/notes`).expect(200);
    expect(notes.body).toEqual([expect.objectContaining({ author: 'ana', text: 'Draft with OLA' })]);
    expect((await request(t.server).post(`/api/obligations/${obligation.id}/notes`).send({ text: '' }).expect(400)).body).toEqual(
      validationError({ text: expect.any(String) }),
    );
    expect((await request(t.server).post('/api/obligations/999999/notes').send({ text: 'x' }).expect(404)).body).toEqual(notFound);
  });
});
