import { dueStatusOf as dueStatusWith, type DueClock, type DueFacts } from './due-status';

const clock: DueClock = { today: '2026-11-23', currentSession: { GENERAL_ASSEMBLY: 81 } };
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

describe('dueStatusOf', () => {
  it('is overdue once the due session has passed', () => {
    expect(dueStatusOf(facts({ dueBody: 'GENERAL_ASSEMBLY', dueSession: 58 }), clock)).toEqual({ overdue: true, dueNow: false });
  });

  it('is due now during the due session', () => {
    expect(dueStatusOf(facts({ dueBody: 'GENERAL_ASSEMBLY', dueSession: 81 }), clock)).toEqual({ overdue: false, dueNow: true });
  });

  it('is neither before the due session', () => {
    expect(dueStatusOf(facts({ dueBody: 'GENERAL_ASSEMBLY', dueSession: 82 }), clock)).toEqual({ overdue: false, dueNow: false });
  });

  it('is overdue the day after a due date', () => {
    expect(dueStatusOf(facts({ dueDate: '2026-11-22' }), clock).overdue).toBe(true);
    expect(dueStatusOf(facts({ dueDate: '2026-11-23' }), clock).overdue).toBe(false);
  });

  it('is never overdue once submitted, fulfilled or cancelled', () => {
    for (const status of ['SUBMITTED', 'FULFILLED', 'CANCELLED'] as const) {
      expect(dueStatusOf(facts({ status, dueBody: 'GENERAL_ASSEMBLY', dueSession: 58 }), clock)).toEqual({ overdue: false, dueNow: false });
    }
  });

  it('is never overdue once a document proves it, even before anyone updates the status', () => {
    expect(dueStatusOf(facts({ proven: true, dueBody: 'GENERAL_ASSEMBLY', dueSession: 58 }), clock)).toEqual({
      overdue: false,
      dueNow: false,
    });
  });

  it('cannot judge a session of a body whose calendar it does not know', () => {
    expect(dueStatusOf(facts({ dueBody: 'HUMAN_RIGHTS_COUNCIL', dueSession: 53 }), clock)).toEqual({ overdue: false, dueNow: false });
  });
});
