/** Due status at its edges: what due-status.spec.ts let survive in mutation testing (docs/testing.md). */
import { dueStatusOf as dueStatusWith, type DueClock, type DueFacts } from './due-status';

const clock: DueClock = { today: '2026-11-23', currentSession: { GENERAL_ASSEMBLY: 81, SECURITY_COUNCIL: 2026 } };
// A new clock object per call: dueStatusOf compiles the rules once per clock, and a shared clock would credit the
// first test alone with running them (mutation testing's per-test coverage then skips the tests that matter).
const dueStatusOf = (facts: DueFacts, at: DueClock) => dueStatusWith(facts, { ...at });
const facts = (overrides: Partial<DueFacts>): DueFacts => ({
  status: 'PENDING',
  proven: false,
  dueDate: null,
  dueBody: null,
  dueSession: null,
  ...overrides,
});
const atSession = (dueSession: number, overrides: Partial<DueFacts> = {}) =>
  dueStatusOf(facts({ dueBody: 'GENERAL_ASSEMBLY', dueSession, ...overrides }), clock);

describe('dueStatusOf', () => {
  it.each(['PENDING', 'IN_PROGRESS', 'DEFERRED'] as const)('counts %s as still owed', (status) => {
    expect(atSession(80, { status })).toEqual({ overdue: true, dueNow: false });
    expect(atSession(81, { status })).toEqual({ overdue: false, dueNow: true });
  });

  it('reads the session of the body the obligation is due to, not another', () => {
    expect(dueStatusOf(facts({ dueBody: 'SECURITY_COUNCIL', dueSession: 2025 }), clock)).toEqual({ overdue: true, dueNow: false });
    expect(dueStatusOf(facts({ dueBody: 'SECURITY_COUNCIL', dueSession: 81 }), clock)).toEqual({ overdue: true, dueNow: false });
    expect(dueStatusOf(facts({ dueBody: 'SECURITY_COUNCIL', dueSession: 2026 }), clock)).toEqual({ overdue: false, dueNow: true });
  });

  it('needs a body to judge a session', () => {
    expect(dueStatusOf(facts({ dueSession: 58 }), clock)).toEqual({ overdue: false, dueNow: false });
  });

  it('is not due now at a session once its due date has passed: it is overdue', () => {
    expect(atSession(81, { dueDate: '2026-11-22' })).toEqual({ overdue: true, dueNow: false });
    expect(atSession(81, { dueDate: '2026-11-23' })).toEqual({ overdue: false, dueNow: true });
    expect(atSession(82, { dueDate: '2026-11-22' })).toEqual({ overdue: true, dueNow: false });
  });

  it('takes a date alone, or a session alone', () => {
    expect(dueStatusOf(facts({ dueDate: '2026-11-24' }), clock)).toEqual({ overdue: false, dueNow: false });
    expect(atSession(58, { dueDate: '2030-01-01' })).toEqual({ overdue: true, dueNow: false });
  });

  it('is settled by proof or by status, each alone', () => {
    expect(atSession(58, { proven: true, status: 'PENDING' })).toEqual({ overdue: false, dueNow: false });
    expect(atSession(81, { proven: true })).toEqual({ overdue: false, dueNow: false });
    expect(atSession(81, { status: 'SUBMITTED' })).toEqual({ overdue: false, dueNow: false });
    expect(dueStatusOf(facts({ status: 'FULFILLED', dueDate: '2000-01-01' }), clock)).toEqual({ overdue: false, dueNow: false });
  });
});
