/**
 * General Assembly sessions and calendar years. The Nth regular session opens in September of 1945 + N;
 * the exact day is data (rule 1 of the rules of procedure has changed over time), so known openings are
 * listed and the computed date is only a fallback for the others.
 */

/** Known opening days of regular sessions (ISO dates). Administrators keep the full list in the database. */
export const KNOWN_GA_SESSION_OPENINGS: Readonly<Record<number, string>> = {
  53: '1998-09-08',
  61: '2006-09-12',
  75: '2020-09-15',
  78: '2023-09-05',
  79: '2024-09-10',
  80: '2025-09-09',
};

/** Calendar year in which the Nth regular session opens: 78 -> 2023. */
export function gaSessionYear(session: number): number {
  return 1945 + session;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Tuesday of the given week of September, weeks counted from the first week (Monday to Sunday) holding a
 * September working day: the rule since the 57th session (third week) and since the 78th (second week).
 */
function tuesdayOfSeptemberWeek(year: number, week: number): string {
  const first = new Date(Date.UTC(year, 8, 1));
  const weekday = first.getUTCDay(); // 0 Sunday .. 6 Saturday
  // Day-of-month of week one's Monday is mondayOffset + 1 (zero or less means August); it counts only
  // if it holds a September working day.
  const mondayOffset = weekday === 0 ? 1 : weekday === 6 ? 2 : 1 - weekday;
  const day = mondayOffset + (week - 1) * 7 + 2;
  return iso(year, 9, day);
}

/** Opening day of the Nth regular session (ISO date), from the known list or computed. */
export function gaSessionOpening(session: number): string {
  const known = KNOWN_GA_SESSION_OPENINGS[session];
  if (known !== undefined) return known;
  const year = gaSessionYear(session);
  if (session >= 78) return tuesdayOfSeptemberWeek(year, 2);
  if (session >= 57) return tuesdayOfSeptemberWeek(year, 3);
  // Earlier sessions opened on the third Tuesday of September.
  const weekday = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - weekday + 7) % 7);
  return iso(year, 9, firstTuesday + 14);
}

function toIsoDate(date: Date | string): string | null {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  if (typeof date === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(date)) return date.slice(0, 10);
  return null;
}

/**
 * Regular session in progress on a date: a session runs from its opening until the next one opens.
 * Returns null for dates before the first session or that cannot be read.
 */
export function gaSessionForDate(date: Date | string): number | null {
  const day = toIsoDate(date);
  if (day === null) return null;
  const year = Number(day.slice(0, 4));
  const session = year - 1945;
  if (session < 1) return null;
  if (day >= gaSessionOpening(session)) return session;
  return session - 1 >= 1 ? session - 1 : null;
}
