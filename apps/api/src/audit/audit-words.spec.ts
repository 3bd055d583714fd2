import { changesOf, summaryOf } from './audit-words';

const names = { documents: new Map([[7, 'A/78/259']]) };

describe('the audit trail in words', () => {
  it('names the fields that changed and their values as people say them', () => {
    const changes = changesOf(
      'Obligation',
      'UPDATE',
      { status: 'PENDING', focalPoint: null, version: 1, overdue: true, dueDate: null },
      { status: 'IN_PROGRESS', focalPoint: 'Jane Smith', version: 2, overdue: false, dueDate: '2027-09-07T00:00:00.000Z' },
      names,
    );
    expect(summaryOf('UPDATE', changes)).toBe('Status: Pending → In progress; Focal point: — → Jane Smith; Due date: — → 7 Sep 2027');
  });

  it('shows what a creation or deletion recorded, the document of a link by its symbol', () => {
    const created = changesOf(
      'ObligationDocument',
      'CREATE',
      null,
      { documentId: 7, relation: 'FULFILS', reviewState: 'CONFIRMED', origin: 'MANUAL' },
      names,
    );
    expect(summaryOf('CREATE', created)).toBe(
      'Created (Document: A/78/259; Relation: Fulfils; Review: Confirmed; Origin: Recorded)',
    );
    const deleted = changesOf(
      'Obligation',
      'DELETE',
      { kind: 'REPORT', actor: 'Secretary-General', dueSession: 79, status: 'PENDING' },
      null,
      names,
    );
    expect(summaryOf('DELETE', deleted)).toBe('Deleted (Kind: Report; Actor: Secretary-General; Due session: 79; Status: Pending)');
  });

  it('never shows code names', () => {
    const changes = changesOf('Obligation', 'UPDATE', { reviewState: 'NEEDS_REVIEW' }, { reviewState: 'CONFIRMED' }, names);
    expect(summaryOf('UPDATE', changes)).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    expect(summaryOf('UPDATE', changes)).toBe('Review: Needs review → Confirmed');
  });
});
