import { dayText, readDay } from './dates';

describe('readDay: a day as people type it', () => {
  it.each([
    ['7 Sep 2027'],
    ['7 September 2027'],
    ['7 sept. 2027'],
    ['7/9/2027'],
    ['07/09/2027'],
    ['07-09-2027'],
    ['7.9.2027'],
    ['2027-09-07'],
    ['Sep 7, 2027'],
    ['  7th   September 2027 '],
    ['07-Sep-2027'],
  ])('reads %s as 7 September 2027', (typed) => {
    expect(readDay(typed)).toEqual({ day: '2027-09-07' });
  });

  it('reads the ambiguous numeric order as day-month, as UN documents write it', () => {
    expect(readDay('3/4/2027')).toEqual({ day: '2027-04-03' });
  });

  it('refuses what is not a day, naming the forms it takes', () => {
    expect(readDay('31/2/2027')).toEqual({ problem: expect.stringContaining('7 Sep 2027') });
    expect(readDay('next Tuesday')).toEqual({ problem: expect.stringContaining('day, month and year') });
    expect(readDay('9/7')).toHaveProperty('problem');
  });

  it('refuses a shortened year rather than read 27 as the year 27', () => {
    expect(readDay('7/9/27')).toEqual({ problem: expect.stringContaining('in full') });
  });

  it('reads an empty box as no day', () => {
    expect(readDay('  ')).toEqual({ empty: true });
  });

  it('shows a stored day in the one format', () => {
    expect(dayText('2027-09-07')).toBe('7 Sep 2027');
    expect(dayText('2027-09-07T00:00:00.000Z')).toBe('7 Sep 2027');
    expect(dayText(null)).toBe('');
  });
});
