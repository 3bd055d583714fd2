/**
 * When and to whom: due session (ordinal words, counted on the calendar of the organ the text names),
 * due date (absolute, the first day of an event, or "within 90 days" of adoption), recurrence,
 * the organ a report goes to, and an agenda item title in quotation marks.
 */
import { bodyFromName, BODY_NAMES } from '../bodies';
import { addToIso, isoDate, monthNumber } from '../dates';
import { parseOrdinal } from '../ordinals';
import type { Body } from '../types';

export interface DueContext {
  body: Body;
  session: number | null;
  /** Adoption date, or a reference date given by the caller, for relative periods. */
  reference: string | null;
  /** Dates before this are history, not deadlines. */
  floor: string | null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  sixty: 60,
  ninety: 90,
  'one hundred and twenty': 120,
  'one hundred and eighty': 180,
};

function numberValue(word: string): number | null {
  if (/^[0-9]{1,4}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

const BODY_PHRASES: ReadonlyArray<[string, Body | 'council' | 'assembly']> = [
  ['General Assembly', 'GENERAL_ASSEMBLY'],
  ['Security Council', 'SECURITY_COUNCIL'],
  ['Human Rights Council', 'HUMAN_RIGHTS_COUNCIL'],
  ['Economic and Social Council', 'ECONOMIC_AND_SOCIAL_COUNCIL'],
  ['the Assembly', 'assembly'],
  ['the Council', 'council'],
];

function isReference(text: string, after: number): boolean {
  return /^ resolutions?\b|^ decisions?\b|^'s|^\u2019s/.test(text.slice(after, after + 12));
}

function toBody(value: Body | 'council' | 'assembly', own: Body): Body {
  if (value === 'assembly') return 'GENERAL_ASSEMBLY';
  if (value === 'council') return own === 'GENERAL_ASSEMBLY' ? 'SECURITY_COUNCIL' : own;
  return value;
}

/**
 * Organ named in the text as an addressee (not inside "Security Council resolution ..."): the first one,
 * or with `last` the one nearest the end (what "at its ... session" refers to).
 */
export function namedBody(text: string, own: Body, last = false): { body: Body; at: number } | null {
  let best: { body: Body; at: number } | null = null;
  for (const [phrase, value] of BODY_PHRASES) {
    let at = last ? text.lastIndexOf(phrase) : text.indexOf(phrase);
    for (let guard = 0; at >= 0 && guard < 20; guard++) {
      if (!isReference(text, at + phrase.length)) {
        if (best === null || (last ? at > best.at : at < best.at)) best = { body: toBody(value, own), at };
        break;
      }
      at = last ? (at === 0 ? -1 : text.lastIndexOf(phrase, at - 1)) : text.indexOf(phrase, at + 1);
    }
  }
  return best;
}

/** Recipient of a report: the organ it is submitted to, else the adopting organ. */
export function recipientOf(action: string, own: Body): string {
  const named = namedBody(action, own);
  return BODY_NAMES[named?.body ?? own];
}

export interface DueSession {
  session: number;
  body: Body;
}

const DETERMINERS = new Set(['its', 'the', 'their', 'his', 'her']);
const DUE_PREPOSITIONS = new Set([
  'at',
  'to',
  'for',
  'before',
  'during',
  'until',
  'till',
  'by',
  'from',
  'in',
  'than',
  'prior',
  'ahead',
  'after',
  'within',
  'towards',
  'on',
  'starting',
  'beginning',
]);
// "the agenda of its eighty-second session", "the main part of its eighty-first session" say when.
const WHEN_NOUNS = new Set(['agenda', 'part', 'opening', 'beginning', 'start', 'end', 'course', 'margins', 'segment', 'close']);

/**
 * Does the session at `idx` say when something is due ("at its", "to the ... at its", "agenda of its")
 * rather than name what is meant ("the records of the seventy-eighth session")?
 */
function asksBy(before: string[], idx: number): boolean {
  let k = idx - 1;
  if (!DETERMINERS.has(before[k] ?? '')) return true;
  k--;
  const word = (before[k] ?? '').replace(/[,;]$/, '');
  if (word === 'of') return WHEN_NOUNS.has((before[k - 1] ?? '').replace(/[,;]$/, ''));
  return DUE_PREPOSITIONS.has(word) || word === '';
}

/** "at its fifty-eighth session", "at the eightieth session of the General Assembly", "at its next session". */
export function dueSessionOf(text: string, ctx: DueContext): DueSession | null {
  let from = 0;
  for (let guard = 0; guard < 40; guard++) {
    const at = text.indexOf(' session', from);
    if (at < 0) return null;
    from = at + 8;
    const before = text.slice(Math.max(0, at - 60), at).split(' ');
    let idx = before.length - 1;
    if (/^(resumed|regular|substantive|special|organizational|main)$/.test(before[idx] ?? '')) idx--;
    // "at its eightieth and eighty-first sessions": the first session named is the first due.
    if (before[idx - 1] === 'and' && parseOrdinal((before[idx - 2] ?? '').replace(/,$/, '')) !== null) idx -= 2;
    const word = before[idx] ?? '';
    if (!asksBy(before, idx)) continue;
    let n: number | null;
    const after = text.slice(from, from + 40);
    const named = /^s? of the (General Assembly|Security Council|Human Rights Council|Economic and Social Council)/.exec(after);
    const body: Body =
      named?.[1] !== undefined
        ? (bodyFromName(named[1]) ?? ctx.body)
        : (namedBody(text.slice(Math.max(0, at - 300), at), ctx.body, true)?.body ?? ctx.body);
    if (word === 'next' || word === 'following') {
      n = ctx.session !== null && body === ctx.body ? ctx.session + 1 : null;
    } else {
      n = parseOrdinal(word.replace(/[,;]$/, ''));
    }
    if (n === null) continue;
    if (body === ctx.body && ctx.session !== null && n < ctx.session) continue;
    return { session: n, body };
  }
  return null;
}

const RECURRENCES: ReadonlyArray<[RegExp, string]> = [
  [/\b(annually|on an annual basis|each year|every year|yearly|annual reports?|an annual report)\b/i, 'annually'],
  [/\b(biennially|on a biennial basis|every two years|every other year|biennial report)\b/i, 'biennially'],
  [/\b(triennially|on a triennial basis|every three years)\b/i, 'triennially'],
  [/\b(quadrennially|every four years)\b/i, 'quadrennially'],
  [/\b(quarterly|on a quarterly basis|every three months)\b/i, 'every 3 months'],
  [/\b(semi-annually|twice a year|every six months|on a semi-annual basis|biannually)\b/i, 'every 6 months'],
  [/\b(monthly|on a monthly basis|every month|each month)\b/i, 'every month'],
];

export function recurrenceOf(text: string): string | null {
  const every = /\bevery ([0-9]{1,3}|[a-z]{3,9}(?:-[a-z]{3,6})?) (days|weeks|months)\b/i.exec(text);
  if (every && every[1] !== undefined && every[2] !== undefined) {
    const n = numberValue(every[1]);
    if (n !== null) {
      if (every[2] === 'months' && n === 12) return 'annually';
      if (!(every[2] === 'months' && (n === 3 || n === 6))) return `every ${n} ${every[2]}`;
    }
  }
  for (const [re, value] of RECURRENCES) if (re.test(text)) return value;
  return null;
}

const DATE_AT =
  /^([0-9]{1,2})(?: (January|February|March|April|May|June|July|August|September|October|November|December))?(?:,? ([0-9]{4}))?/;
const DUE_WORDS = ['by ', 'no later than ', 'not later than ', 'before ', 'on ', 'from ', 'starting ', 'beginning ', 'as of '];

/** Reads "29 November to 3 December 2004", "3 to 7 May 1999", "30 June 2024" at i; the first day wins. */
function dateAt(text: string, i: number): string | null {
  const first = DATE_AT.exec(text.slice(i, i + 30));
  if (!first || first[1] === undefined) return null;
  let month = first[2];
  let year = first[3];
  if (month === undefined || year === undefined) {
    const rest = text.slice(i + first[0].length, i + first[0].length + 40);
    const range =
      /^ ?(?:to|-|\u2013|and) ([0-9]{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? ([0-9]{4})/.exec(
        rest,
      );
    if (range) {
      month = month ?? range[2];
      year = range[3];
    } else {
      // "during 2026, namely from 6 to 24 April": the year was named just before the days.
      const days =
        /^ ?(?:to|-|\u2013|and) [0-9]{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(
          rest,
        );
      month = month ?? days?.[1];
      const earlier = /\b(?:in|during|of) ([0-9]{4}),?(?: [a-z]+){0,3},? [a-z ]{0,20}$/.exec(text.slice(Math.max(0, i - 80), i));
      if (month === undefined || !earlier) return null;
      year = earlier[1];
    }
  }
  return isoDate(Number(year), monthNumber(month ?? ''), Number(first[1]));
}

export interface DueDate {
  date: string | null;
  relative: boolean;
  /** A relative period was found but there was no adoption date to count from. */
  unresolved: boolean;
}

export function dueDateOf(text: string, ctx: DueContext): DueDate {
  const within =
    /\b(?:within|no later than|not later than) (?:a period of )?([0-9]{1,3}|[a-z]{3,9}(?:-[a-z]{3,6})?) (days?|weeks?|months?|years?)\b/i.exec(
      text,
    );
  if (within && within[1] !== undefined && within[2] !== undefined) {
    const n = within[1] === 'one' || within[1] === 'a' ? 1 : numberValue(within[1]);
    if (n !== null) {
      const unit = within[2].replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
      if (ctx.reference === null) return { date: null, relative: true, unresolved: true };
      return { date: addToIso(ctx.reference, n, unit), relative: true, unresolved: false };
    }
  }
  const lower = text.toLowerCase();
  let best: { at: number; date: string } | null = null;
  for (const word of DUE_WORDS) {
    let from = 0;
    for (let guard = 0; guard < 20; guard++) {
      const at = lower.indexOf(word, from);
      if (at < 0) break;
      from = at + word.length;
      if (at > 0 && /[a-z]/.test(lower[at - 1] ?? '')) continue;
      const date = dateAt(text, at + word.length);
      if (date === null || (ctx.floor !== null && date < ctx.floor)) continue;
      if (best === null || at < best.at) best = { at, date };
      break;
    }
  }
  if (best !== null) return { date: best.date, relative: false, unresolved: false };
  const endOf = /\bby the end of ([0-9]{4})\b/.exec(text);
  if (endOf && endOf[1] !== undefined) {
    const date = `${endOf[1]}-12-31`;
    if (ctx.floor === null || date >= ctx.floor) return { date, relative: false, unresolved: false };
  }
  return { date: null, relative: false, unresolved: false };
}

/** First periodic deadline of "every 120 days" counted from adoption. */
export function firstPeriodicDate(recurrence: string | null, ctx: DueContext): string | null {
  if (recurrence === null || ctx.reference === null) return null;
  const m = /^every ([0-9]+) (days|weeks|months)$/.exec(recurrence);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return addToIso(ctx.reference, Number(m[1]), m[2].replace(/s$/, '') as 'day' | 'week' | 'month');
}

const OPEN_QUOTES = '\u201c"\u2018\u00ab';
const CLOSE_QUOTES = '\u201d"\u2019\u00bb';

/** Title in quotation marks after "sub-item entitled" (preferred) or "item entitled". */
export function agendaTitleOf(text: string): string | null {
  const lower = text.toLowerCase();
  let at = lower.indexOf('sub-item entitled');
  if (at < 0) at = lower.indexOf('entitled');
  if (at < 0) return null;
  let open = -1;
  for (let i = at; i < text.length && i < at + 40; i++) {
    if (OPEN_QUOTES.includes(text[i] as string)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let i = open + 1; i < text.length && i < open + 600; i++) {
    const ch = text[i] as string;
    if (CLOSE_QUOTES.includes(ch) && !(ch === '\u2019' && /[a-z]/i.test(text[i + 1] ?? ''))) {
      const title = text
        .slice(open + 1, i)
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[,.;]$/, '');
      return title === '' ? null : title;
    }
  }
  return null;
}
