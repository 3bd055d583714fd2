import { gaSessionOpening } from '@mandate-tracker/resolution-parser';
import type { Body } from '../generated/prisma/enums';

/**
 * Pure date logic of session calendars, on ISO dates (YYYY-MM-DD): strings
 * compare in calendar order and carry no time zone, so no date library is needed.
 */

/** A session's days; closesOn null means it has no known end yet. */
export interface SessionDates {
  number: number;
  opensOn: string;
  closesOn: string | null;
}

/** What the session table holds for one session. */
export interface StoredSessionDates {
  opensOn: string;
  closesOn: string | null;
}

/** Today's date in UTC, the calendar the API's DATE columns use. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return today(date);
}

/**
 * The computed opening of a session for bodies with a fixed rule. Only the General Assembly has one (rule 1 of
 * its rules of procedure, with the known openings first); other bodies' calendars are data only.
 */
export function computedOpening(body: Body, number: number): string | null {
  if (number < 1) return null;
  return body === 'GENERAL_ASSEMBLY' ? gaSessionOpening(number) : null;
}

/**
 * A session's days from the stored rows, falling back to the computed rule. A session without a stored
 * closing date runs until the day before the next one opens.
 */
export function datesOf(
  number: number,
  stored: ReadonlyMap<number, StoredSessionDates>,
  computed: (number: number) => string | null,
): SessionDates | null {
  const row = stored.get(number);
  const opensOn = row?.opensOn ?? computed(number);
  if (opensOn === null) return null;
  if (row?.closesOn) return { number, opensOn, closesOn: row.closesOn };
  const nextOpening = stored.get(number + 1)?.opensOn ?? computed(number + 1);
  // A next opening on or before this one is a data slip; treat the session as open-ended rather than invert it.
  const closesOn = nextOpening !== null && nextOpening > opensOn ? dayBefore(nextOpening) : null;
  return { number, opensOn, closesOn };
}

/** The session in progress on a date: opened on or before it and not yet closed; the latest opening wins. */
export function sessionOn(date: string, sessions: readonly (SessionDates | null)[]): SessionDates | null {
  let found: SessionDates | null = null;
  for (const session of sessions) {
    if (!session || session.opensOn > date) continue;
    if (session.closesOn !== null && session.closesOn < date) continue;
    if (!found || session.opensOn > found.opensOn) found = session;
  }
  return found;
}
