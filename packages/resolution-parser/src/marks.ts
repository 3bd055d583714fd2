/**
 * Footnote marks inside paragraph text. Markup formats carry explicit marks; text pulled from PDF or
 * word-processor files glues the number to the preceding word or punctuation ("conventions1",
 * "Secretary-General;15", "1997,9", even "25 April 20017" for 2001 + mark 7). Only numbers that
 * name a footnote actually printed in the document are taken as marks, so ordinary numbers survive.
 */
import { MARK_CLOSE, MARK_OPEN } from './format/normalise';

export interface Stripped {
  text: string;
  marks: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PUNCT_BEFORE_MARK = new Set([',', ';', ':', '.', ')', ']', '\u201d', '"', '\u2019']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}
function endsToken(ch: string | undefined, next: string | undefined): boolean {
  if (ch === undefined || ch === ' ' || ch === '\n' || ch === MARK_OPEN) return true;
  if (isLetter(ch) || isDigit(ch) || ch === '/' || ch === '-' || ch === '\u2013') return false;
  // "12.5" and "1,000" continue a number rather than end a mark.
  if ((ch === '.' || ch === ',') && isDigit(next)) return false;
  return true;
}

function precededByMonth(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 11), at);
  return MONTHS.some((m) => before.endsWith(`${m} `));
}

/** How many leading digits of the run belong to the text rather than to a mark, or -1 if no mark. */
function markSplit(text: string, start: number, end: number, known: Set<string>): number {
  const run = text.slice(start, end);
  const before = text[start - 1];
  if (!endsToken(text[end], text[end + 1])) return -1;
  if (isLetter(before)) {
    let r = start - 1;
    while (r > 0 && isLetter(text[r - 1])) r--;
    const word = text.slice(r, start);
    const lead = text[r - 1];
    if (lead === '/' || lead === '.' || lead === '-' || isDigit(lead)) return -1;
    if (word.length < 2 && !(before !== undefined && before >= 'a' && before <= 'z')) return -1;
    return known.has(run) ? 0 : -1;
  }
  if (before !== undefined && PUNCT_BEFORE_MARK.has(before) && run.length <= 3) {
    const beforePunct = text[start - 2];
    if ((before === '.' || before === ':') && isDigit(beforePunct)) return -1;
    if (before === ',' && isDigit(beforePunct) && run.length === 3) return -1;
    return known.has(run) ? 0 : -1;
  }
  if (run.length >= 5 && run.length <= 7 && precededByMonth(text, start)) {
    const year = Number(run.slice(0, 4));
    if (year >= 1900 && year <= 2099 && known.has(run.slice(4))) return 4;
  }
  return -1;
}

/** Removes footnote marks from a paragraph's text and lists them in order of citation. */
export function stripMarks(text: string, known: Set<string>): Stripped {
  const marks: string[] = [];
  const add = (m: string) => {
    if (!marks.includes(m)) marks.push(m);
  };
  // Copy unchanged runs in one slice each; only marks are cut out.
  const pieces: string[] = [];
  let runStart = 0;
  let i = 0;
  const n = text.length;
  const heuristics = known.size > 0;
  // Jump from one possible mark (a digit or a mark token) to the next; everything between is copied.
  const next = heuristics ? /[0-9\uE000\uE001]/g : /[\uE000\uE001]/g;
  while (i < n) {
    next.lastIndex = i;
    const hit = next.exec(text);
    if (hit === null) break;
    i = hit.index;
    const code = text.charCodeAt(i);
    if (code === 0xe000 || code === 0xe001) {
      pieces.push(text.slice(runStart, i));
      const close = code === 0xe000 ? text.indexOf(MARK_CLOSE, i) : -1;
      if (close > i && close - i <= 8) {
        add(text.slice(i + 1, close));
        i = close + 1;
      } else {
        i++;
      }
      runStart = i;
      continue;
    }
    if (heuristics && code >= 48 && code <= 57 && !isDigit(text[i - 1])) {
      let j = i;
      while (j < n && isDigit(text[j])) j++;
      const keep = j - i <= 7 ? markSplit(text, i, j, known) : -1;
      if (keep >= 0) {
        pieces.push(text.slice(runStart, i + keep));
        add(text.slice(i + keep, j));
        runStart = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  pieces.push(text.slice(runStart));
  const joined = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
  return { text: joined.indexOf('  ') >= 0 ? joined.replace(/ {2,}/g, ' ').trim() : joined.trim(), marks };
}
