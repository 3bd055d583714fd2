import {
  AUDIT_VALUE_LABELS,
  BODY_LABELS,
  CALENDAR_FEED_SCOPE_LABELS,
  changesOf,
  DOCUMENT_KIND_LABELS,
  formatDay,
  LINK_ORIGIN_LABELS,
  LINK_RELATION_LABELS,
  OBLIGATION_KIND_LABELS,
  OBLIGATION_STATUS_LABELS,
  OBLIGATION_STRENGTH_LABELS,
  REVIEW_STATE_LABELS,
  ROLE_LABELS,
  SOURCE_FORMAT_LABELS,
  summaryOf,
  valueInWords,
} from './index';

const names = { documents: new Map([[7, 'A/78/259']]) };

describe('the audit trail in words', () => {
  it('names the fields that changed and their values as people say them, follow-up first', () => {
    const changes = changesOf(
      'Obligation',
      'UPDATE',
      { dueDate: null, status: 'PENDING', focalPoint: null, version: 1, overdue: true },
      { dueDate: '2027-09-07T00:00:00.000Z', status: 'IN_PROGRESS', focalPoint: 'Jane Smith', version: 2, overdue: false },
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
    expect(summaryOf('CREATE', created)).toBe('Created (Document: A/78/259; Relation: Fulfils; Review: Confirmed; Origin: Recorded)');
    const deleted = changesOf(
      'Obligation',
      'DELETE',
      { kind: 'REPORT', actor: 'Secretary-General', dueSession: 79, status: 'PENDING' },
      null,
      names,
    );
    expect(summaryOf('DELETE', deleted)).toBe('Deleted (Kind: Report; Actor: Secretary-General; Due session: 79; Status: Pending)');
  });

  it('never shows code names: unlabelled fields are left out, codes become words', () => {
    const changes = changesOf(
      'Obligation',
      'UPDATE',
      { reviewState: 'NEEDS_REVIEW', searchWords: 'a' },
      { reviewState: 'CONFIRMED', searchWords: 'b' },
    );
    expect(summaryOf('UPDATE', changes)).toBe('Review: Needs review → Confirmed');
    const user = changesOf('User', 'UPDATE', { role: 'SECRETARIAT_EDITOR', failedSignIns: 1 }, { role: 'AUDITOR', failedSignIns: 2 });
    expect(summaryOf('UPDATE', user)).toBe('Role: Secretariat editor → Auditor');
  });

  it('writes free text as it is, even when it looks like a code, and sign-ins with what they recorded', () => {
    expect(valueInWords('actor', 'NOTE')).toBe('NOTE');
    expect(valueInWords('kind', 'NOTE')).toBe('Note');
    expect(valueInWords('confidence', 0.5)).toBe('50 %');
    expect(valueInWords('expiresAt', '2026-11-29T06:35:12.345Z')).toBe('29 Nov 2026, 06:35 UTC');
    expect(summaryOf('SIGN_IN', changesOf('User', 'SIGN_IN', null, { method: 'password', address: '127.0.0.1' }))).toBe(
      'Signed in (Method: password; Address: 127.0.0.1)',
    );
  });

  it('writes days one way', () => {
    expect(formatDay('2027-09-07')).toBe('7 Sep 2027');
    expect(formatDay('2026-11-29T00:00:00.000Z')).toBe('29 Nov 2026');
  });
});

describe('AUDIT_VALUE_LABELS', () => {
  it('gives every code the same words in every area that has it', () => {
    const areas = [
      BODY_LABELS,
      DOCUMENT_KIND_LABELS,
      OBLIGATION_KIND_LABELS,
      OBLIGATION_STRENGTH_LABELS,
      OBLIGATION_STATUS_LABELS,
      REVIEW_STATE_LABELS,
      SOURCE_FORMAT_LABELS,
      ROLE_LABELS,
      CALENDAR_FEED_SCOPE_LABELS,
    ];
    for (const area of areas)
      for (const [code, label] of Object.entries(area)) expect([code, AUDIT_VALUE_LABELS[code]]).toEqual([code, label]);
    for (const [code, label] of Object.entries({ ...LINK_RELATION_LABELS, ...LINK_ORIGIN_LABELS })) {
      expect(AUDIT_VALUE_LABELS[code]?.toLowerCase()).toBe(label.toLowerCase());
    }
  });
});
