import request from 'supertest';
import { dayBefore, today } from '../src/sessions/session-dates';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
});

const dashboard = async () => (await request(t.server).get('/api/dashboard').expect(200)).body;
const countOf = (entries: { count: number; [key: string]: unknown }[], key: string, value: string) =>
  entries.find((e) => e[key] === value)?.count;

describe('GET /api/dashboard', () => {
  it('answers zeros for an empty database, with the General Assembly session in progress', async () => {
    // The server's clock and ours may cross midnight between the two readings: its day must be one of ours.
    const before = today();
    const body = await dashboard();
    const after = today();
    expect(body.asOf).toEqual({ today: expect.any(String), currentSession: { body: 'GENERAL_ASSEMBLY', number: expect.any(Number) } });
    expect([before, after]).toContain(body.asOf.today);
    expect(body.total).toBe(0);
    expect(body.byStatus.map((e: { status: string }) => e.status)).toEqual([
      'PENDING',
      'IN_PROGRESS',
      'SUBMITTED',
      'FULFILLED',
      'DEFERRED',
      'CANCELLED',
    ]);
    expect(body.byStatus.every((e: { count: number }) => e.count === 0)).toBe(true);
    expect(body.overdue).toEqual({ total: 0, byOffice: [] });
    const current = body.asOf.currentSession.number;
    expect(body.dueThisSession).toMatchObject({ body: 'GENERAL_ASSEMBLY', number: current, total: 0, open: 0 });
    expect(body.dueNextSession).toMatchObject({ number: current + 1, total: 0 });
  });

  it('counts by status and review state, overdue by office, and what is due this session and next', async () => {
    // "Today" as the server counts it, not as this process does: near midnight the two differ.
    const { asOf } = await dashboard();
    const current: number = asOf.currentSession.number;
    const yesterday = new Date(`${dayBefore(asOf.today)}T00:00:00.000Z`);
    const resolution = await createResolution(t.prisma);
    const o = (overrides: Parameters<typeof createObligation>[1]) =>
      createObligation(t.prisma, { resolutionId: resolution.id, ...overrides });
    await o({ dueSession: current - 1, responsibleOffice: 'UNMAS' });
    await o({ dueSession: null, dueBody: null, dueDate: yesterday, responsibleOffice: 'UNMAS', status: 'IN_PROGRESS' });
    await o({ dueSession: current - 1, responsibleOffice: null, reviewState: 'CONFIRMED' });
    await o({ dueSession: current - 1, responsibleOffice: 'DPPA', status: 'FULFILLED', reviewState: 'CONFIRMED' });
    await o({ dueSession: current, responsibleOffice: 'DPPA' });
    await o({ dueSession: current, status: 'SUBMITTED' });
    await o({ dueSession: current + 1, status: 'DEFERRED', reviewState: 'REJECTED' });
    await o({ dueSession: current + 2 });
    // Past its session but proven by a report: not overdue, on the dashboard as on the list.
    const proven = await o({ dueSession: current - 1, responsibleOffice: 'DPPA' });
    await request(t.server)
      .post(`/api/obligations/${proven.id}/documents`)
      .send({ symbol: `A/${current - 1}/300` })
      .expect(201);

    const body = await dashboard();
    expect(body.total).toBe(9);
    expect(countOf(body.byStatus, 'status', 'PENDING')).toBe(5);
    expect(countOf(body.byStatus, 'status', 'IN_PROGRESS')).toBe(1);
    expect(countOf(body.byStatus, 'status', 'CANCELLED')).toBe(0);
    expect(body.byReviewState).toEqual([
      { reviewState: 'NEEDS_REVIEW', count: 6 },
      { reviewState: 'CONFIRMED', count: 2 },
      { reviewState: 'REJECTED', count: 1 },
    ]);
    expect(body.overdue).toEqual({
      total: 3,
      byOffice: [
        { office: 'UNMAS', unassigned: false, count: 2 },
        { office: 'unassigned', unassigned: true, count: 1 },
      ],
    });
    expect(body.dueThisSession).toMatchObject({ number: current, total: 2, open: 1 });
    expect(countOf(body.dueThisSession.byStatus, 'status', 'SUBMITTED')).toBe(1);
    expect(body.dueNextSession).toMatchObject({ number: current + 1, total: 1, open: 1 });

    // The same definitions as the obligations list that each count links to.
    const list = async (filter: object) =>
      (
        await request(t.server)
          .get('/api/obligations')
          .query({ filter: JSON.stringify(filter) })
          .expect(200)
      ).headers['content-range'];
    expect(await list({ overdue: true })).toMatch(/\/3$/);
    expect(await list({ overdue: true, responsibleOffice: 'UNMAS' })).toMatch(/\/2$/);
    expect(await list({ dueBody: 'GENERAL_ASSEMBLY', dueSession: current })).toMatch(/\/2$/);
    expect(await list({ reviewState: 'CONFIRMED' })).toMatch(/\/2$/);
  });

  it('lists the last 10 obligation changes, newest first, with resolution symbol, paragraph and changed fields', async () => {
    const resolution = await createResolution(t.prisma);
    const obligation = await createObligation(t.prisma, { resolutionId: resolution.id, paragraphRef: '4 (b)' });
    await (
      await t.actingAs('ana')
    )
      .patch(`/api/obligations/${obligation.id}`)
      .send({ status: 'IN_PROGRESS', responsibleOffice: 'UNMAS', version: 1 })
      .expect(200);
    let body = await dashboard();
    expect(body.recentlyChanged[0]).toEqual({
      id: expect.any(String),
      occurredAt: expect.any(String),
      actor: 'ana',
      action: 'UPDATE',
      obligationId: obligation.id,
      exists: true,
      resolutionId: resolution.id,
      resolutionSymbol: resolution.symbol,
      paragraphRef: '4 (b)',
      changes: [
        { field: 'status', label: 'Status', before: 'Pending', after: 'In progress' },
        { field: 'responsibleOffice', label: 'Responsible office', before: null, after: 'UNMAS' },
      ],
      summary: 'Status: Pending → In progress; Responsible office: — → UNMAS',
    });

    for (let version = 2; version <= 12; version += 1) {
      await request(t.server)
        .patch(`/api/obligations/${obligation.id}`)
        .send({ focalPoint: `person ${version}`, version })
        .expect(200);
    }
    body = await dashboard();
    expect(body.recentlyChanged).toHaveLength(10);
    expect(body.recentlyChanged[0]).toMatchObject({ actor: 'Test Administrator', summary: 'Focal point: person 11 → person 12' });
    const ids = body.recentlyChanged.map((e: { id: string }) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('names the resolution and paragraph of obligations deleted with their resolution', async () => {
    const resolution = await createResolution(t.prisma, { symbol: 'A/RES/79/901' });
    const obligation = await createObligation(t.prisma, { resolutionId: resolution.id, paragraphRef: '7 (a)' });
    await request(t.server).delete(`/api/resolutions/${resolution.id}`).expect(200);
    const deleted = (await dashboard()).recentlyChanged.find(
      (change: { obligationId: number; action: string }) => change.obligationId === obligation.id && change.action === 'DELETE',
    );
    expect(deleted).toMatchObject({ exists: false, resolutionSymbol: 'A/RES/79/901', paragraphRef: '7 (a)', summary: 'Deleted' });
  });

  it('refuses parameters it does not take', async () => {
    const response = await request(t.server).get('/api/dashboard').query({ office: 'UNMAS' }).expect(400);
    expect(response.body).toEqual(validationError({ office: expect.any(String) }));
  });
});
