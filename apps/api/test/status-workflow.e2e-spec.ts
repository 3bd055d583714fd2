/**
 * The status workflow through the API, every pair of the hand-written table (test/tables/status-workflow.ts):
 * the service must apply the rule, and the refusal must name the moves the table allows.
 */
import request from 'supertest';
import type { ObligationStatus } from '../src/generated/prisma/enums';
import { createObligation } from './factories/obligation.factory';
import { validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';
import { ALLOWED_FROM, ALLOWED_MOVES, allowedNamedIn, FORBIDDEN_MOVES, split } from './tables/status-workflow';

const t = useTestApp();

/** An obligation already in the status, as a person would have left it (a cancelled one has its reason). */
const obligationIn = (status: ObligationStatus) =>
  createObligation(t.prisma, { status, statusReason: status === 'CANCELLED' ? 'Merged into another request' : null });

const patch = (id: number, body: object) => request(t.server).patch(`/api/obligations/${id}`).set('X-Actor', 'ana').send(body);

describe('PATCH /api/obligations/:id status', () => {
  it.each(ALLOWED_MOVES.map(split))('moves %s → %s, recording it', async (from, to) => {
    const obligation = await obligationIn(from);
    const statusReason = to === 'CANCELLED' ? 'Superseded by resolution 60/97' : undefined;
    const response = await patch(obligation.id, { status: to, statusReason, version: 1 }).expect(200);
    expect(response.body).toMatchObject({ status: to, version: 2, allowedStatuses: expect.any(Array) });
    expect([...response.body.allowedStatuses].sort()).toEqual([...ALLOWED_FROM[to]].sort());
    const events = await t.prisma.auditEvent.findMany({ where: { entityType: 'Obligation', entityId: String(obligation.id) } });
    expect(events.map((e) => [e.action, (e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([
      ['UPDATE', from, to],
    ]);
  });

  it.each(FORBIDDEN_MOVES.map(split))('refuses %s → %s with 400 naming the allowed moves, changing nothing', async (from, to) => {
    const obligation = await obligationIn(from);
    const response = await patch(obligation.id, { status: to, statusReason: 'A reason does not open a closed door', version: 1 }).expect(
      400,
    );
    expect(response.body).toEqual(validationError({ status: expect.any(String) }));
    expect(allowedNamedIn(response.body.errors.status, from, to)).toEqual([...ALLOWED_FROM[from]].sort());
    expect(await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).toMatchObject({ status: from, version: 1 });
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'Obligation', entityId: String(obligation.id) } })).toBe(0);
  });
});

describe('cancelling', () => {
  it.each(ALLOWED_MOVES.map(split).filter(([, to]) => to === 'CANCELLED'))('from %s needs a reason in the request', async (from) => {
    const obligation = await obligationIn(from);
    for (const statusReason of [undefined, null, '', '   ']) {
      const response = await patch(obligation.id, { status: 'CANCELLED', statusReason, version: 1 }).expect(400);
      expect(response.body).toEqual(validationError({ status: expect.stringContaining('statusReason') }));
    }
    expect((await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).status).toBe(from);
  });

  it('needs a fresh reason: the reason for an earlier cancellation, since reopened, does not count', async () => {
    const obligation = await obligationIn('PENDING');
    await patch(obligation.id, { status: 'CANCELLED', statusReason: 'Superseded by resolution 60/97', version: 1 }).expect(200);
    await patch(obligation.id, { status: 'PENDING', version: 2 }).expect(200);
    const again = await patch(obligation.id, { status: 'CANCELLED', version: 3 }).expect(400);
    expect(again.body).toEqual(validationError({ status: expect.stringContaining('statusReason') }));
    const cancelled = await patch(obligation.id, { status: 'CANCELLED', statusReason: 'Mandate ended', version: 3 }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'CANCELLED', statusReason: 'Mandate ended', version: 4 });
  });
});
