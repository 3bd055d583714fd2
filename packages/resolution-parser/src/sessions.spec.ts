import { gaSessionForDate, gaSessionOpening, gaSessionYear } from './sessions';

describe('General Assembly sessions', () => {
  it('maps sessions to years', () => {
    expect(gaSessionYear(57)).toBe(2002);
    expect(gaSessionYear(78)).toBe(2023);
    expect(gaSessionYear(80)).toBe(2025);
  });

  it('uses known openings and computes the others by the rule of the time', () => {
    expect(gaSessionOpening(78)).toBe('2023-09-05');
    expect(gaSessionOpening(53)).toBe('1998-09-08');
    // Computed: 2021 (76th, third week) opened 14 September; 2026 (81st, second week) 8 September.
    expect(gaSessionOpening(76)).toBe('2021-09-14');
    expect(gaSessionOpening(81)).toBe('2026-09-08');
  });

  it('finds the session in progress on a date', () => {
    expect(gaSessionForDate('2023-12-07')).toBe(78);
    expect(gaSessionForDate('2023-09-04')).toBe(77);
    expect(gaSessionForDate('2023-09-05')).toBe(78);
    expect(gaSessionForDate(new Date(Date.UTC(2002, 11, 16)))).toBe(57);
    expect(gaSessionForDate('2024-06-30')).toBe(78);
    expect(gaSessionForDate('not a date')).toBeNull();
    expect(gaSessionForDate(new Date('x'))).toBeNull();
  });
});
