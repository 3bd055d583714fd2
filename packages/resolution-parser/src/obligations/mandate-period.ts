/**
 * Mandate periods: "decides to extend the mandate of UNMIT until 26 February 2011", "for a further period
 * of twelve months", "for a new period terminating on 15 February 2009", "decides to establish ... for an
 * initial period of one year". The end of the period is when the body must renew the mandate or let it
 * lapse, so it becomes a MANDATE_RENEWAL obligation of the body, due on that date.
 */
import { addToIso, findDates } from '../dates';
import { parseCardinal, parseOrdinal } from '../ordinals';

/** What a decision extends or sets up for a limited time. */
const RENEWED =
  /\b(mandates?|authori[sz]ations?|measures|provisions|arrangements|mission|operation|force|office|presence|panel of experts|group of experts|monitoring team|exemptions?|regime)\b/;
// "to urgently establish", "to appoint, for a period of three years, a special rapporteur".
const EXTENDING = /^to (?:[a-z]+ly )?(extend|renew|prolong|further extend|continue|maintain)\b/;
const ESTABLISHING = /^to (?:[a-z]+ly )?(establish|create|set up|deploy|appoint|authori[sz]e the establishment of)\b/;

const END_WORDS = /\b(until|through|till|to|terminating on|ending on|expiring on|expiring|up to and including)\s*$/;

const PERIOD =
  /\bfor (?:a |an )?(?:further |new |additional |initial |final |last |(?:period|duration|term) of )*(?:(?:period|duration|term) of )?([0-9]{1,3}|[a-z]+(?:-[a-z]+)?) (days?|weeks?|months?|years?)\b/;
const PERIOD_YEAR = /\bfor (?:a |an )?(further|additional|new|another|initial) (year|month)\b/;

export interface MandatePeriod {
  /** ISO end date, or null when the period counts from an adoption date the text does not give. */
  endDate: string | null;
  /** The period was relative ("for twelve months") rather than a date. */
  relative: boolean;
  /** "until the conclusion of the substantive session of 2013", "until the end of its eightieth session". */
  endSession?: number;
}

// Sessions named by year (the Economic and Social Council's) or by ordinal.
const UNTIL_SESSION =
  /\b(?:until|through|till|to) the (?:conclusion|end|close|closing) of (?:its|the) (?:(?:substantive|regular|annual) session of ((?:19|20)[0-9]{2})|((?:19|20)[0-9]{2}) (?:substantive |regular )?session|([a-z]+(?:-[a-z]+)?) session)\b/;

/** The end date a clause gives after "until", "through", "terminating on" ...; the first such date. */
function endDateIn(text: string, allowTo: boolean): string | null {
  for (const d of findDates(text)) {
    const before = text.slice(Math.max(0, d.index - 30), d.index).toLowerCase();
    // "to meet from 4 to 8 March 2024" is a range of meeting days, not the end of a mandate.
    if (/[0-9] to\s*$/.test(before) || (!allowTo && /\bto\s*$/.test(before))) continue;
    if (END_WORDS.test(before)) return d.iso;
  }
  return null;
}

/**
 * The period a "decides" clause sets for a mandate, if it sets one. `object` is the text after "decides";
 * `reference` is the adoption date that a relative period counts from.
 */
export function mandatePeriodOf(object: string, reference: string | null, authorized = false): MandatePeriod | null {
  const lower = object.slice(0, 700).toLowerCase();
  const extending = EXTENDING.test(lower);
  const establishing = ESTABLISHING.test(lower);
  if (!extending && !establishing) return null;
  // "Authorizes the observers to continue monitoring ... for a period of three months": what is authorized
  // for a time is a mandate whatever its noun.
  if (!RENEWED.test(lower) && !establishing && !authorized) return null;
  const date = endDateIn(object.slice(0, 700), extending);
  if (date !== null) return { endDate: date, relative: false };
  const until = UNTIL_SESSION.exec(lower);
  if (until !== null) {
    const year = until[1] ?? until[2];
    const ordinal = until[3] === undefined ? null : parseOrdinal(until[3]);
    const endSession = year !== undefined ? Number(year) : ordinal;
    if (endSession !== null) return { endDate: null, relative: false, endSession };
  }
  const period = PERIOD.exec(lower);
  let n: number | null = null;
  let unit: 'day' | 'week' | 'month' | 'year' | null = null;
  if (period && period[1] !== undefined && period[2] !== undefined) {
    n = parseCardinal(period[1]);
    unit = period[2].replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
  } else {
    const single = PERIOD_YEAR.exec(lower);
    if (single && single[2] !== undefined) {
      n = 1;
      unit = single[2] as 'year' | 'month';
    }
  }
  if (n === null || unit === null) return null;
  // "establish ... for an initial period" is a mandate only when a period is given; extending always is.
  return { endDate: reference === null ? null : addToIso(reference, n, unit), relative: true };
}
