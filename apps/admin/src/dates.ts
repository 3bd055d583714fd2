import { formatDay } from '@mandate-tracker/contracts';
import { format as formatWith, isValid, parse } from 'date-fns';

export { formatDay };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * An instant in the reader's time zone, "29 Nov 2026, 06:35": the one way the admin writes a moment. Built by hand
 * rather than with Intl, whose en-GB month names differ between ICU versions ("Sep" or "Sept").
 */
export function formatMoment(timestamp: string): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return timestamp;
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()}, ${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
}

/** Session numbers are names, not quantities: the Security Council's are years (2026, never "2,026"). */
export const SESSION_NUMBER = { useGrouping: false } as const;

/**
 * The ways people write a day, tried in order. Numeric forms are day first whatever the browser's locale: UN
 * documents write 7/9/2027 for 7 September, so the ambiguous order is read as day-month.
 */
const DAY_FORMATS = [
  'yyyy-MM-dd',
  'd MMM yyyy',
  'd MMMM yyyy',
  'd/M/yyyy',
  'd-M-yyyy',
  'd.M.yyyy',
  'd MMM, yyyy',
  'd MMMM, yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'd-MMM-yyyy',
];

/** Written days outside these years are typing mistakes ("7/9/27" read as the year 27), not mandates. */
const EARLIEST_YEAR = 1945;
const LATEST_YEAR = 2199;

export const DAY_PROBLEM = 'Not a date we can read: write the day, month and year, e.g. 7 Sep 2027, 7/9/2027 or 2027-09-07';

export type DayReading = { day: string } | { empty: true } | { problem: string };

/** What a person typed into a date box: the day as the API takes it (2027-09-07), nothing, or what is wrong. */
export function readDay(text: string): DayReading {
  const typed = text
    .trim()
    .replace(/\s+/g, ' ')
    // "Sept" and "7th" are common in UN texts; the parser knows neither.
    .replace(/\bsept\b/i, 'Sep')
    .replace(/(\d)(st|nd|rd|th)\b/i, '$1')
    .replace(/\.(?= )/, '');
  if (typed === '') return { empty: true };
  const reference = new Date(2000, 0, 1);
  for (const pattern of DAY_FORMATS) {
    const day = parse(typed, pattern, reference);
    if (!isValid(day)) continue;
    if (day.getFullYear() < EARLIEST_YEAR || day.getFullYear() > LATEST_YEAR)
      return { problem: `The year must be written in full, between ${EARLIEST_YEAR} and ${LATEST_YEAR} (e.g. 7 Sep 2027)` };
    return { day: formatWith(day, 'yyyy-MM-dd') };
  }
  return { problem: DAY_PROBLEM };
}

/** A stored day (2027-09-07, or the midnight timestamp a day is kept as) as a date box shows it: "7 Sep 2027". */
export function dayText(value: string | null | undefined): string {
  return value ? formatDay(value) : '';
}
