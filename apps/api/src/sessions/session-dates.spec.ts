import { computedOpening, datesOf, dayBefore, sessionOn, today, type StoredSessionDates } from './session-dates';

const none = new Map<number, StoredSessionDates>();
const gaRule = (n: number) => computedOpening('GENERAL_ASSEMBLY', n);

describe('dayBefore and today', () => {
  it('steps back across months, years and leap days in UTC', () => {
    expect(dayBefore('2023-09-05')).toBe('2023-09-04');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it('reads today in UTC whatever the local time zone', () => {
    expect(today(new Date('2026-11-23T23:59:59.999Z'))).toBe('2026-11-23');
  });
});

describe('computedOpening', () => {
  it('knows the recorded General Assembly openings', () => {
    expect([53, 61, 75, 78, 79, 80].map(gaRule)).toEqual([
      '1998-09-08',
      '2006-09-12',
      '2020-09-15',
      '2023-09-05',
      '2024-09-10',
      '2025-09-09',
    ]);
  });

  it('computes a Tuesday in September for the others', () => {
    for (const n of [1, 57, 70, 81, 85]) {
      const opening = gaRule(n) ?? '';
      expect(opening.slice(0, 7)).toBe(`${1945 + n}-09`);
      expect(new Date(`${opening}T00:00:00Z`).getUTCDay()).toBe(2);
    }
  });

  it('has no rule for other bodies or for session numbers below 1', () => {
    expect(computedOpening('HUMAN_RIGHTS_COUNCIL', 53)).toBeNull();
    expect(computedOpening('GENERAL_ASSEMBLY', 0)).toBeNull();
  });
});

describe('datesOf', () => {
  it('closes a computed session the day before the next one opens', () => {
    expect(datesOf(78, none, gaRule)).toEqual({ number: 78, opensOn: '2023-09-05', closesOn: '2024-09-09' });
  });

  it('prefers stored dates, and a stored next opening over the computed one', () => {
    const stored = new Map([
      [78, { opensOn: '2023-09-06', closesOn: null }],
      [79, { opensOn: '2024-09-11', closesOn: null }],
    ]);
    expect(datesOf(78, stored, gaRule)).toEqual({ number: 78, opensOn: '2023-09-06', closesOn: '2024-09-10' });
    expect(datesOf(78, new Map([[78, { opensOn: '2023-09-05', closesOn: '2023-12-31' }]]), gaRule)?.closesOn).toBe('2023-12-31');
  });

  it('leaves a session open-ended when no next opening is known, and unknown without any opening', () => {
    const stored = new Map([[53, { opensOn: '2023-06-19', closesOn: null }]]);
    const noRule = () => null;
    expect(datesOf(53, stored, noRule)).toEqual({ number: 53, opensOn: '2023-06-19', closesOn: null });
    expect(datesOf(54, stored, noRule)).toBeNull();
  });

  it('does not invert a session whose next opening was entered too early', () => {
    const stored = new Map([
      [10, { opensOn: '2020-01-10', closesOn: null }],
      [11, { opensOn: '2020-01-01', closesOn: null }],
    ]);
    expect(datesOf(10, stored, () => null)?.closesOn).toBeNull();
  });
});

describe('sessionOn', () => {
  const s78 = { number: 78, opensOn: '2023-09-05', closesOn: '2024-09-09' };
  const s79 = { number: 79, opensOn: '2024-09-10', closesOn: '2025-09-08' };

  it('finds the session whose days include the date, ends included', () => {
    expect(sessionOn('2023-09-05', [s78, s79])).toBe(s78);
    expect(sessionOn('2024-09-09', [s78, s79])).toBe(s78);
    expect(sessionOn('2024-09-10', [s79, s78])).toBe(s79);
  });

  it('answers null between or outside sessions, and takes the latest opening for an open-ended one', () => {
    expect(sessionOn('2023-09-04', [s78, null])).toBeNull();
    expect(sessionOn('2025-09-09', [s78, s79])).toBeNull();
    const openEnded = { number: 80, opensOn: '2025-09-09', closesOn: null };
    expect(sessionOn('2030-01-01', [s79, openEnded])).toBe(openEnded);
  });
});
