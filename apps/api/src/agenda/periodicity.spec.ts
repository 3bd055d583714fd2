import { declaredPeriodicity, expectedSessions, learnRhythm } from './periodicity';

describe('learnRhythm', () => {
  it('recognises an annual item', () => {
    expect(learnRhythm([75, 76, 77, 78])).toEqual({ periodicity: 'ANNUAL', since: 75 });
  });

  it('recognises a biennial item and where the rhythm started', () => {
    expect(learnRhythm([70, 71, 72, 74, 76, 78])).toEqual({ periodicity: 'BIENNIAL', since: 72 });
  });

  it('carries a biennial run over sessions whose resolutions were not imported', () => {
    expect(learnRhythm([57, 58, 59, 60, 62, 64, 76, 78, 80])).toEqual({ periodicity: 'BIENNIAL', since: 60 });
  });

  it('recognises a triennial item', () => {
    expect(learnRhythm([72, 75, 78])).toEqual({ periodicity: 'TRIENNIAL', since: 72 });
  });

  it('calls two sessions, or uneven gaps, irregular', () => {
    expect(learnRhythm([76, 78])).toEqual({ periodicity: 'IRREGULAR', since: null });
    expect(learnRhythm([70, 74, 75, 79])).toEqual({ periodicity: 'IRREGULAR', since: null });
    expect(learnRhythm([])).toEqual({ periodicity: 'IRREGULAR', since: null });
  });

  it('takes a rhythm the latest mandate declares when the history is short', () => {
    expect(learnRhythm([78, 80], 'BIENNIAL')).toEqual({ periodicity: 'BIENNIAL', since: 78 });
    expect(learnRhythm([80], 'ANNUAL')).toEqual({ periodicity: 'ANNUAL', since: 80 });
  });
});

describe('declaredPeriodicity', () => {
  it('reads the recurrence words', () => {
    expect(declaredPeriodicity('annually')).toBe('ANNUAL');
    expect(declaredPeriodicity('biennially')).toBe('BIENNIAL');
    expect(declaredPeriodicity('every three years')).toBe('TRIENNIAL');
    expect(declaredPeriodicity('every 120 days')).toBeNull();
    expect(declaredPeriodicity(null)).toBeNull();
  });
});

describe('expectedSessions', () => {
  it('lists the next turns inside the range', () => {
    expect(expectedSessions({ periodicity: 'BIENNIAL', since: 76 }, 80, 81, 83)).toEqual([82]);
    expect(expectedSessions({ periodicity: 'ANNUAL', since: 70 }, 80, 81, 90)).toEqual([81, 82, 83]);
  });

  it('expects nothing of an irregular item or one silent for longer than three turns', () => {
    expect(expectedSessions({ periodicity: 'IRREGULAR', since: null }, 80, 81, 83)).toEqual([]);
    expect(expectedSessions({ periodicity: 'BIENNIAL', since: 60 }, 64, 81, 83)).toEqual([]);
  });
});
