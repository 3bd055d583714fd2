/**
 * The resolution's heading and closing: symbol, title, adoption date, meeting, committee report and
 * agenda item. Each may be missing; the symbol is rebuilt in full from whatever form the text gives.
 */
import { BODY_CODES, bodyFromName, bodyFromSymbol } from './bodies';
import { firstDate } from './dates';
import { MARK_CLOSE, MARK_OPEN } from './format/normalise';
import type { Block } from './layout/blocks';
import { MEETING_LINE } from './layout/lines';
import { expandSymbols } from './symbol-scan';
import { normaliseSymbol, resolutionSymbol, validateSymbol } from './symbols';
import type { Body, MainCommittee } from './types';

export const OPENER = /^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council)\s?[,.:]?$/;
// "49/12.Work of ...": web copies may drop the space after the number.
const SHORT_HEADING = /^((?:ES-|S-)?[0-9]{1,4})\/([0-9]{1,4})( [A-Z])?\.(\s|$|(?=[A-Z][a-z]))/;
const SC_HEADING = /^Resolution ([0-9]{1,5}) \(([0-9]{4})\)/;
const MEETING = MEETING_LINE;

export interface Heading {
  symbol: string | null;
  body: Body | null;
  session: number | null;
  number: string | null;
  title: string | null;
  titleMarks: string[];
  adoptedOn: string | null;
  meeting: string | null;
  committeeReport: string | null;
  mainCommittee: MainCommittee | null;
}

/**
 * Index of the closing "76th plenary meeting" block; -1 if none. The first one wins: an annex may follow
 * and is not part of the operative text.
 */
export function findClosing(blocks: Block[]): number {
  for (let i = 0; i < blocks.length; i++) {
    if (MEETING.test(blocks[i]?.text ?? '')) return i;
  }
  return -1;
}

export function readClosing(blocks: Block[], at: number): { meeting: string | null; date: string | null } {
  if (at < 0) return { meeting: null, date: null };
  const text = blocks[at]?.text ?? '';
  const m = MEETING.exec(text);
  const meeting = m ? m[0] : null;
  const date = firstDate(text) ?? firstDate(blocks[at + 1]?.text ?? '');
  return { meeting, date };
}

function cleanTitle(raw: string): { title: string; marks: string[] } {
  const marks: string[] = [];
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === MARK_OPEN) {
      const close = raw.indexOf(MARK_CLOSE, i);
      if (close > i) {
        marks.push(raw.slice(i + 1, close));
        i = close;
        continue;
      }
    }
    out += ch;
  }
  let title = out.replace(/\s+/g, ' ').trim();
  while (title.endsWith('*')) {
    title = title.slice(0, -1).trimEnd();
    if (!marks.includes('*')) marks.push('*');
  }
  return { title, marks };
}

export function readHeading(head: Block[], opener: Body | null, extras: { headerSymbols: string[]; odsSymbol: string | null }): Heading {
  const headText = head
    .map((b) => b.text)
    .filter((t) => t !== '')
    .join('\n');
  const heading: Heading = {
    symbol: null,
    body: opener ?? bodyOfHeading(head, headText),
    session: null,
    number: null,
    title: null,
    titleMarks: [],
    adoptedOn: null,
    meeting: null,
    committeeReport: null,
    mainCommittee: null,
  };
  let shortIndex = -1;
  for (let i = 0; i < head.length && shortIndex < 0; i++) {
    const text = head[i]?.text ?? '';
    const short = SHORT_HEADING.exec(text);
    const sc = SC_HEADING.exec(text);
    if (short && short[1] !== undefined && short[2] !== undefined) {
      shortIndex = i;
      const session = short[1];
      const number = short[2] + (short[3] ?? '');
      const body = heading.body ?? 'GENERAL_ASSEMBLY';
      heading.body = body;
      heading.number = number;
      heading.session = /^[0-9]+$/.test(session) && body !== 'ECONOMIC_AND_SOCIAL_COUNCIL' ? Number(session) : null;
      heading.symbol = /^[0-9]+$/.test(session)
        ? resolutionSymbol(Number(session), number, BODY_CODES[body])
        : `A/RES/${session}/${number}`;
      const titleSource = titleLines(head, i, text.slice(short[0].length).trim());
      if (titleSource !== '') {
        const { title, marks } = cleanTitle(titleSource);
        heading.title = title;
        heading.titleMarks = marks;
      }
    } else if (sc && sc[1] !== undefined && sc[2] !== undefined) {
      shortIndex = i;
      heading.body = 'SECURITY_COUNCIL';
      heading.number = sc[1];
      heading.symbol = resolutionSymbol(Number(sc[2]), sc[1], 'S');
    }
  }
  if (heading.symbol === null) fallbackSymbol(heading, extras);

  readAdoption(heading, headText);
  heading.committeeReport = readCommitteeReport(headText);
  heading.mainCommittee = readMainCommittee(headText);
  return heading;
}

/** The organ, when the opening line is missing: "adopted by the Human Rights Council" or a masthead line. */
function bodyOfHeading(head: Block[], headText: string): Body | null {
  const at = headText.toLowerCase().indexOf('adopted by the ');
  const fromAdoption = at >= 0 ? bodyFromName(headText.slice(at, at + 60)) : null;
  if (fromAdoption !== null) return fromAdoption;
  for (const b of head) {
    if (/^(General Assembly|Security Council|Human Rights Council|Economic and Social Council)\b/.test(b.text)) return bodyFromName(b.text);
  }
  return null;
}

/** The title: the rest of the heading line and the lines after it, up to a blank line. */
function titleLines(head: Block[], at: number, rest: string): string {
  const parts = rest === '' ? [] : [rest];
  for (let j = at + 1; j < head.length && j < at + 6; j++) {
    const t = head[j]?.text ?? '';
    if (t === '') {
      if (parts.length === 0) continue;
      break;
    }
    if (t.startsWith('[') || OPENER.test(t) || /^(Resolution|Adopted) /.test(t)) break;
    parts.push(t);
  }
  return parts.join(' ');
}

/** Running headers and the ODS trailer name the resolution when the heading does not. */
function fallbackSymbol(heading: Heading, extras: { headerSymbols: string[]; odsSymbol: string | null }): void {
  const candidates = [...extras.headerSymbols, ...(extras.odsSymbol ? [extras.odsSymbol] : [])]
    .map((s) => normaliseSymbol(s))
    .filter((s) => s.includes('/RES/') && validateSymbol(s).valid);
  const symbol = candidates[0];
  if (symbol === undefined) return;
  heading.symbol = symbol;
  heading.body = heading.body ?? bodyFromSymbol(symbol);
  const parts = symbol.split('/RES/')[1]?.split('/') ?? [];
  if (symbol.startsWith('S/')) {
    heading.number = (parts[0] ?? '').replace(/ \([0-9]{4}\)$/, '');
  } else {
    heading.number = parts[1] ?? null;
    heading.session = /^[0-9]+$/.test(parts[0] ?? '') && !symbol.startsWith('E/') ? Number(parts[0]) : null;
  }
}

function readAdoption(heading: Heading, headText: string): void {
  const lower = headText.toLowerCase();
  const at = lower.indexOf('adopted by the ');
  if (at < 0) return;
  let window = headText.slice(at, at + 160);
  // "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY" without a date: the committee report and the title follow,
  // and a date in them is not the adoption date (the closing gives it).
  const cut = window.search(/\[|\n\s*(ES-|S-)?[0-9]{1,4}\/[0-9]/);
  if (cut > 0) window = window.slice(0, cut);
  heading.body = heading.body ?? bodyFromName(window);
  heading.adoptedOn = firstDate(window);
  const meeting = /at its ([0-9]{1,5}(st|nd|rd|th) meeting)/.exec(window);
  if (meeting && meeting[1] !== undefined) heading.meeting = meeting[1];
}

function readCommitteeReport(headText: string): string | null {
  const at = headText.toLowerCase().indexOf('on the report of the');
  if (at < 0) return null;
  const close = headText.indexOf(']', at);
  const window = headText.slice(at, close > at && close - at < 400 ? close : at + 300);
  return expandSymbols(window).find((s) => !s.includes('/RES/')) ?? null;
}

const HEADING_READ_LIMIT = 20_000;

const COMMITTEE_ORDINALS: Record<string, MainCommittee> = {
  first: 'FIRST',
  second: 'SECOND',
  third: 'THIRD',
  fourth: 'FOURTH',
  fifth: 'FIFTH',
  sixth: 'SIXTH',
};

/**
 * The Main Committee the resolution was adopted on the report of, or PLENARY when the Assembly acted "without
 * reference to a Main Committee". Committees are named in full with their number in brackets ("Special Political and
 * Decolonization Committee (Fourth Committee)") or by number alone ("First Committee"); the number decides. Null
 * when the heading names neither, or the report of another organ (a Council, the General Committee).
 */
export function readMainCommittee(headText: string): MainCommittee | null {
  // The bracketed line sits near the top; a pathological "heading" of megabytes is not read to its end.
  const flat = headText.slice(0, HEADING_READ_LIMIT).replace(/\s+/g, ' ');
  if (/without reference to a Main Committee/i.test(flat)) return 'PLENARY';
  const at = flat.toLowerCase().indexOf('on the report of the');
  if (at < 0) return null;
  const close = flat.indexOf(']', at);
  const window = flat.slice(at, close > at && close - at < 300 ? close : at + 200);
  const m = /\b(First|Second|Third|Fourth|Fifth|Sixth) Committee\b/i.exec(window);
  return m && m[1] !== undefined ? (COMMITTEE_ORDINALS[m[1].toLowerCase()] ?? null) : null;
}

/** "Agenda item 46" anywhere, including page furniture. */
export function readAgendaItem(text: string): { number: number | null; item: string | null } {
  const m = /Agenda items? ([0-9]{1,3})( ?\(([a-z])\))?/.exec(text.length > 400_000 ? text.slice(0, 400_000) : text);
  if (!m || m[1] === undefined) return { number: null, item: null };
  return { number: Number(m[1]), item: m[3] ? `${m[1]} (${m[3]})` : m[1] };
}
