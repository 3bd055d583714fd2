/** The workflow rule against the hand-written table in test/tables (see there why it is not derived from the code). */
import { ALLOWED_FROM, ALLOWED_MOVES, allowedNamedIn, FORBIDDEN_MOVES, split } from '../../test/tables/status-workflow';
import { ObligationStatus } from '../generated/prisma/enums';
import { checkTransition, SETTLED_STATUSES } from './status-workflow';

describe('the status workflow table', () => {
  it('names every pair of different statuses exactly once', () => {
    const statuses = Object.values(ObligationStatus);
    const everyPair = statuses.flatMap((from) => statuses.filter((to) => to !== from).map((to) => `${from} → ${to}`));
    expect([...ALLOWED_MOVES, ...FORBIDDEN_MOVES].sort()).toEqual(everyPair.sort());
    expect(ALLOWED_MOVES).toHaveLength(16);
    expect(FORBIDDEN_MOVES).toHaveLength(14);
  });

  it.each(ALLOWED_MOVES.map(split))('allows %s → %s', (from, to) => {
    expect(checkTransition(from, to, to === 'CANCELLED' ? 'Superseded by resolution 60/97' : null)).toEqual({ allowed: true });
  });

  it.each(FORBIDDEN_MOVES.map(split))('refuses %s → %s, naming the moves that are allowed', (from, to) => {
    const check = checkTransition(from, to, 'a reason, which does not make a forbidden move allowed');
    expect(check.allowed).toBe(false);
    if (check.allowed) return;
    expect(allowedNamedIn(check.reason, from, to)).toEqual([...ALLOWED_FROM[from]].sort());
  });

  it.each(Object.values(ObligationStatus))('lets %s stay as it is', (status) => {
    expect(checkTransition(status, status, null)).toEqual({ allowed: true });
  });

  it.each(ALLOWED_MOVES.map(split).filter(([, to]) => to === 'CANCELLED'))(
    'refuses %s → %s without a reason, or with a blank one',
    (from, to) => {
      for (const reason of [null, undefined, '', '   \n\t']) {
        expect(checkTransition(from, to, reason)).toEqual({
          allowed: false,
          reason: 'cancelling an obligation needs a statusReason',
        });
      }
    },
  );

  it('asks a reason only to cancel', () => {
    for (const [from, to] of ALLOWED_MOVES.map(split).filter(([, target]) => target !== 'CANCELLED')) {
      expect(checkTransition(from, to, null)).toEqual({ allowed: true });
    }
  });

  it('counts submitted, fulfilled and cancelled as settled: nothing more is owed', () => {
    expect([...SETTLED_STATUSES].sort()).toEqual(['CANCELLED', 'FULFILLED', 'SUBMITTED']);
  });
});
