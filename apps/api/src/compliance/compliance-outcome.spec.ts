import { outcomeOf, type OutcomeFacts } from './compliance-outcome';

const clock = { today: '2025-12-31', currentSession: { GENERAL_ASSEMBLY: 80 } };
const open: OutcomeFacts = {
  status: 'PENDING',
  dueBody: 'GENERAL_ASSEMBLY',
  dueSession: 79,
  dueDate: null,
  dueOn: '2025-09-08',
  documents: [],
  metStatusOn: null,
};

describe('outcomeOf', () => {
  it('calls an open obligation past its session overdue, counting days from the day it fell due', () => {
    expect(outcomeOf(open, clock)).toEqual({ outcome: 'OVERDUE', metOn: null, metBy: null, daysLate: 114 });
  });

  it('calls it not yet due while its session runs, and open without deadline when it has none', () => {
    expect(outcomeOf({ ...open, dueSession: 80, dueOn: '2026-09-07' }, clock).outcome).toBe('NOT_YET_DUE');
    expect(outcomeOf({ ...open, dueSession: null, dueBody: null, dueOn: null }, clock).outcome).toBe('NO_DEADLINE');
  });

  it('dates the meeting by the document issue date over the day it was recorded or the status was set', () => {
    const facts = {
      ...open,
      status: 'SUBMITTED' as const,
      metStatusOn: '2025-10-01',
      documents: [{ issuedOn: '2025-07-30', linkedOn: '2025-10-02' }],
    };
    expect(outcomeOf(facts, clock)).toEqual({ outcome: 'MET_ON_TIME', metOn: '2025-07-30', metBy: 'DOCUMENT_ISSUED', daysLate: null });
  });

  it('takes the adoption of the resolution that acknowledged a report when its issue date is unknown', () => {
    const facts = { ...open, documents: [{ issuedOn: null, acknowledgedOn: '2025-06-01', linkedOn: '2026-11-29' }] };
    expect(outcomeOf(facts, clock)).toEqual({
      outcome: 'MET_ON_TIME',
      metOn: '2025-06-01',
      metBy: 'DOCUMENT_ACKNOWLEDGED',
      daysLate: null,
    });
  });

  it('counts a late meeting in days after the day it fell due', () => {
    const facts = { ...open, status: 'FULFILLED' as const, metStatusOn: '2025-09-18' };
    expect(outcomeOf(facts, clock)).toEqual({ outcome: 'MET_LATE', metOn: '2025-09-18', metBy: 'STATUS', daysLate: 10 });
    const linked = { ...open, documents: [{ issuedOn: null, linkedOn: '2025-09-10' }] };
    expect(outcomeOf(linked, clock)).toEqual({ outcome: 'MET_LATE', metOn: '2025-09-10', metBy: 'DOCUMENT_LINKED', daysLate: 2 });
  });

  it('puts cancelled before met, and met before deferred', () => {
    expect(outcomeOf({ ...open, status: 'CANCELLED', documents: [{ issuedOn: '2025-01-01', linkedOn: null }] }, clock).outcome).toBe(
      'CANCELLED',
    );
    expect(outcomeOf({ ...open, status: 'DEFERRED' }, clock).outcome).toBe('DEFERRED');
    expect(outcomeOf({ ...open, status: 'DEFERRED', documents: [{ issuedOn: '2025-01-01', linkedOn: null }] }, clock).outcome).toBe(
      'MET_ON_TIME',
    );
  });

  it('uses a due date before a session', () => {
    const facts = { ...open, dueBody: null, dueSession: null, dueDate: '2025-12-30', dueOn: '2025-12-30' };
    expect(outcomeOf(facts, clock)).toMatchObject({ outcome: 'OVERDUE', daysLate: 1 });
    expect(outcomeOf({ ...facts, dueDate: '2025-12-31', dueOn: '2025-12-31' }, clock).outcome).toBe('NOT_YET_DUE');
  });
});
