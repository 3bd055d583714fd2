/** Dates as UN texts print them ("16 December 2002"), to and from ISO form. */

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export interface FoundDate {
  iso: string;
  index: number;
  end: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthNumber(word: string): number {
  return MONTH_NAMES.indexOf(word.toLowerCase()) + 1;
}

const DAY_MONTH_YEAR =
  /\b([0-9]{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? ([0-9]{4})\b/g;

/** Every "16 December 2002" in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  DAY_MONTH_YEAR.lastIndex = 0;
  for (let m = DAY_MONTH_YEAR.exec(text); m !== null; m = DAY_MONTH_YEAR.exec(text)) {
    const iso = isoDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
    if (iso !== null) out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first "16 December 2002" in a short text, as ISO. */
export function firstDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** ISO date plus a number of days, months or years. */
export function addToIso(iso: string, amount: number, unit: 'day' | 'week' | 'month' | 'year'): string | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (unit === 'day') date.setUTCDate(date.getUTCDate() + amount);
  else if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7 * amount);
  else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + amount);
  else date.setUTCFullYear(date.getUTCFullYear() + amount);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
