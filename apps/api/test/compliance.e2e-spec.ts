import request from 'supertest';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { DatedHistory } from './support/dated-history';
import { validationError } from './support/error-bodies';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let history: DatedHistory;
const ids = { onTime: 0, late: 0, cancelled: 0, deferred: 0, removed: 0 };
let resolutionSymbol = '';
let removedSymbol = '';

interface Row {
  id: number;
  outcome: string;
  status: string;
  daysLate: number | null;
  metOn: string | null;
  metBy: string | null;
  dueOn: string | null;
  statusReason: string | null;
  resolutionSymbol: string | null;
  documents: { symbol: string; issuedOn: string | null; linkedBy: string | null }[];
  evidence: string;
}

const version = async (id: number) => (await request(t.server).get(`/api/obligations/${id}`).expect(200)).body.version as number;
const patch = async (id: number, body: object, actor = 'ana') =>
  (await t.actingAs(actor))
    .patch(`/api/obligations/${id}`)

    .send({ ...body, version: await version(id) })
    .expect(200);
const link = async (id: number, symbol: string) =>
  (await t.actingAs('ana')).post(`/api/obligations/${id}/documents`).send({ symbol }).expect(201);

async function report(asOf: string, filter: object = {}): Promise<Map<string, Row>> {
  const response = await request(t.server)
    .get('/api/compliance')
    .query({ asOf, filter: JSON.stringify(filter), range: '[0,999]' })
    .expect(200);
  const byName = new Map<string, Row>();
  for (const [name, id] of Object.entries(ids)) {
    const row = (response.body as Row[]).find((r) => r.id === id);
    if (row) byName.set(name, row);
  }
  return byName;
}

/**
 * A hand-built history of one 78th-session resolution (GA sessions: the 78th runs to 9 September 2024, the 79th to
 * 8 September 2025): obligations created, moved along, linked, a link rejected, cancelled and walked back.
 */
beforeAll(async () => {
  t = await createTestApp();
  history = new DatedHistory(t.owner);
  const resolution = await createResolution(t.prisma, { symbol: 'A/RES/78/501', sessionNumber: 78, adoptedOn: '2023-12-07' });
  const removed = await createResolution(t.prisma, { symbol: 'A/RES/78/502', sessionNumber: 78, adoptedOn: '2023-12-07' });
  resolutionSymbol = resolution.symbol;
  removedSymbol = removed.symbol;
  for (const r of [resolution, removed]) await history.createdOn('resolution', r.id, '2023-12-07T12:00:00Z');
  const make = async (name: keyof typeof ids, data: object, resolutionId = resolution.id) => {
    const obligation = await createObligation(t.prisma, { resolutionId, ...data });
    await history.createdOn('obligation', obligation.id, '2023-12-10T09:00:00Z');
    await history.created('2023-12-10T09:00:00Z', 'Obligation', { ...obligation, createdAt: '2023-12-10T09:00:00.000Z' } as never);
    ids[name] = obligation.id;
  };
  await make('onTime', { dueSession: 79 });
  await make('late', { dueSession: 78, paragraphRef: '24' });
  await make('cancelled', { dueSession: 79, kind: 'TASK', paragraphRef: '25' });
  await make('deferred', { dueSession: 79, paragraphRef: '26' });
  await make('removed', { dueSession: 79, paragraphRef: '9' }, removed.id);

  await history.at('2024-02-01T10:00:00Z', () => patch(ids.deferred, { status: 'DEFERRED' }));
  await history.at('2024-03-01T10:00:00Z', () => patch(ids.onTime, { status: 'IN_PROGRESS' }));
  await history.at('2024-05-01T10:00:00Z', () =>
    patch(ids.cancelled, { status: 'CANCELLED', statusReason: 'Superseded by resolution 78/600' }),
  );
  const lateLink = await history.at('2024-10-01T10:00:00Z', () => link(ids.late, 'A/79/200'));
  await history.at('2024-10-15T10:00:00Z', async () =>
    (await t.actingAs('ben'))
      .patch(`/api/obligations/${ids.late}/documents/${lateLink.body[0].id}`)
      .send({ reviewState: 'REJECTED', version: lateLink.body[0].version })
      .expect(200),
  );
  await history.at('2025-01-20T10:00:00Z', () => patch(ids.late, { status: 'SUBMITTED' }, 'ben'));
  const onTimeLink = await history.at('2025-07-15T10:00:00Z', () => link(ids.onTime, 'A/80/100'));
  await history.at('2025-07-15T11:00:00Z', async () => {
    const document = (await request(t.server).get(`/api/documents/${onTimeLink.body[0].documentId}`).expect(200)).body;
    await request(t.server).patch(`/api/documents/${document.id}`).send({ issuedOn: '2025-07-10', version: document.version }).expect(200);
  });
  await history.at('2025-08-01T10:00:00Z', () => patch(ids.onTime, { status: 'SUBMITTED' }));
  await history.at('2025-10-01T10:00:00Z', () => patch(ids.cancelled, { status: 'PENDING' }));
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/compliance', () => {
  it('shows each obligation as it stood in mid-2024: moving along, cancelled with its reason, deferred, not yet due', async () => {
    const rows = await report('2024-06-30');
    expect(rows.get('onTime')).toMatchObject({ status: 'IN_PROGRESS', outcome: 'NOT_YET_DUE', dueOn: '2025-09-08' });
    expect(rows.get('late')).toMatchObject({ status: 'PENDING', outcome: 'NOT_YET_DUE', dueOn: '2024-09-09' });
    expect(rows.get('cancelled')).toMatchObject({ outcome: 'CANCELLED', statusReason: 'Superseded by resolution 78/600' });
    expect(rows.get('cancelled')?.evidence).toContain('reason: Superseded by resolution 78/600');
    expect(rows.get('deferred')).toMatchObject({ outcome: 'DEFERRED' });
  });

  it('follows a report past its session: overdue, met by a link, overdue again once the link was rejected, then met late', async () => {
    expect((await report('2024-09-30')).get('late')).toMatchObject({ outcome: 'OVERDUE', daysLate: 21 });
    expect((await report('2024-10-05')).get('late')).toMatchObject({
      outcome: 'MET_LATE',
      daysLate: 22,
      metOn: '2024-10-01',
      metBy: 'DOCUMENT_LINKED',
      documents: [expect.objectContaining({ symbol: 'A/79/200', linkedBy: 'ana' })],
    });
    expect((await report('2024-12-31')).get('late')).toMatchObject({ outcome: 'OVERDUE', daysLate: 113, documents: [] });
    const end2025 = (await report('2025-12-31')).get('late');
    expect(end2025).toMatchObject({ outcome: 'MET_LATE', daysLate: 133, metOn: '2025-01-20', metBy: 'STATUS' });
    expect(end2025?.evidence).toBe(
      'Met late by 133 days: met on 20 Jan 2025 (day the status was recorded); status Submitted set 20 Jan 2025 by ben.',
    );
  });

  it('dates a report met on time by its issue date, and shows a walked-back cancellation as overdue', async () => {
    const rows = await report('2025-12-31');
    expect(rows.get('onTime')).toMatchObject({
      outcome: 'MET_ON_TIME',
      metOn: '2025-07-10',
      metBy: 'DOCUMENT_ISSUED',
      documents: [expect.objectContaining({ symbol: 'A/80/100', issuedOn: '2025-07-10' })],
    });
    expect(rows.get('cancelled')).toMatchObject({ status: 'PENDING', outcome: 'OVERDUE', daysLate: 114 });
    expect(rows.get('removed')).toMatchObject({ resolutionSymbol: removedSymbol, outcome: 'OVERDUE' });
  });

  it('is not changed by anything recorded after the as-of date: edits, new links, a deleted resolution', async () => {
    const asOf = '2025-12-31';
    const fetchAll = async () =>
      (await request(t.server).get('/api/compliance').query({ asOf, range: '[0,999]' }).expect(200)).body as Row[];
    const before = await fetchAll();
    const document = (await request(t.server).get('/api/documents').query({ filter: '{"q":"A/80/100"}' }).expect(200)).body[0];
    await request(t.server).patch(`/api/documents/${document.id}`).send({ issuedOn: '2026-01-15', version: document.version }).expect(200);
    await patch(ids.onTime, { status: 'FULFILLED', focalPoint: 'Jane Smith' });
    await patch(ids.cancelled, { status: 'CANCELLED', statusReason: 'Overtaken' });
    await link(ids.deferred, 'A/81/1');
    const removed = await t.prisma.resolution.findUniqueOrThrow({ where: { symbol: removedSymbol } });
    await request(t.server).delete(`/api/resolutions/${removed.id}`).expect(200);
    expect(await fetchAll()).toEqual(before);
    // Today's report does see them.
    const today = new Date().toISOString().slice(0, 10);
    const now = await report(today);
    expect(now.get('cancelled')?.outcome).toBe('CANCELLED');
    expect(now.has('removed')).toBe(false);
  });

  it('answers the auditors: reports requested of the Secretary-General in the 78th session, late ones first', async () => {
    const response = await request(t.server)
      .get('/api/compliance')
      .query({
        asOf: '2025-12-31',
        filter: JSON.stringify({ session: [78, 79], actor: 'secretary-general', kind: 'REPORT' }),
        sort: '["daysLate","DESC"]',
      })
      .expect(200);
    expect(response.headers['content-range']).toMatch(/^compliance 0-\d+\/\d+$/);
    const mine = (response.body as Row[]).filter((r) => r.resolutionSymbol === resolutionSymbol);
    // Reports only (the cancelled one is a task): late by 133 days first, then those without delay.
    expect(mine.map((r) => r.id)).toEqual([ids.late, ids.onTime, ids.deferred]);
    expect(mine[0]).toMatchObject({ id: ids.late, daysLate: 133 });
  });

  it('filters by outcome and gives figures by office, session, body and kind', async () => {
    const overdue = await request(t.server)
      .get('/api/compliance')
      .query({
        asOf: '2024-12-31',
        filter: JSON.stringify({
          outcome: 'OVERDUE',
          resolutionId: (await t.prisma.resolution.findUniqueOrThrow({ where: { symbol: resolutionSymbol } })).id,
        }),
      })
      .expect(200);
    expect(overdue.body.map((r: Row) => r.id)).toEqual([ids.late]);
    const figures = await request(t.server)
      .get('/api/compliance/figures')
      .query({ asOf: '2025-12-31', filter: JSON.stringify({ session: 78 }) })
      .expect(200);
    // Met on time: onTime; met late: late; overdue: the walked-back cancellation and the deleted resolution's report.
    expect(figures.body.totals).toMatchObject({ total: 5, metOnTime: 1, metLate: 1, overdue: 2, onTimeRate: 0.25 });
    expect(figures.body.by.session).toEqual([expect.objectContaining({ key: '78', label: '78th session' })]);
    expect(figures.body.by.kind.map((f: { label: string }) => f.label).sort()).toEqual(['Report', 'Task']);
  });

  it('refuses a missing, malformed or future as-of date and an unknown scope field', async () => {
    expect((await request(t.server).get('/api/compliance').expect(400)).body).toEqual(
      validationError({ asOf: expect.stringContaining('required') }),
    );
    expect((await request(t.server).get('/api/compliance').query({ asOf: '2025-02-30' }).expect(400)).body).toEqual(
      validationError({ asOf: expect.stringContaining('YYYY-MM-DD') }),
    );
    expect((await request(t.server).get('/api/compliance').query({ asOf: '2999-01-01' }).expect(400)).body).toEqual(
      validationError({ asOf: expect.stringContaining('after today') }),
    );
    expect(
      (await request(t.server).get('/api/compliance').query({ asOf: '2025-01-01', filter: '{"outcome":"LATE"}' }).expect(400)).body,
    ).toEqual(validationError({ 'filter.outcome': expect.stringContaining('MET_LATE') }));
  });
});
