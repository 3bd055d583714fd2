/**
 * Markdown to plain lines: headings, emphasis, links, rules and escapes removed, <sup> and [^n] footnote
 * marks turned into the parser's mark tokens. Works line by line with a character scanner.
 */
import { decodeEntities } from './html';
import { markToken } from './normalise';

const EMPHASIS = /[*_`\\]/;
const ESCAPABLE = /[\\*_[\]()#`>-]/;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Emphasis marks and escapes removed; unchanged runs are copied in one slice each (no per-character joins). */
function stripEmphasis(line: string): string {
  if (!EMPHASIS.test(line)) return line;
  const pieces: string[] = [];
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch !== '\\' && ch !== '*' && ch !== '`' && ch !== '_') continue;
    if (ch === '\\') {
      if (i + 1 < line.length && ESCAPABLE.test(line[i + 1] as string)) {
        pieces.push(line.slice(run, i));
        run = i + 1;
        i++;
      }
      continue;
    }
    // Underscores mark emphasis only at word edges; "snake_case" keeps its underscore.
    if (ch === '_' && isWordChar(line[i - 1]) && isWordChar(line[i + 1])) continue;
    pieces.push(line.slice(run, i));
    run = i + 1;
  }
  pieces.push(line.slice(run));
  return pieces.join('');
}

/** "[A/78/259](#)" -> "A/78/259"; "[^3]" -> mark 3. */
function stripLinks(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf('[', i);
    if (open < 0) {
      out += line.slice(i);
      break;
    }
    out += line.slice(i, open);
    const close = line.indexOf(']', open + 1);
    if (close < 0 || close - open > 500) {
      out += '[';
      i = open + 1;
      continue;
    }
    const label = line.slice(open + 1, close);
    if (label.startsWith('^') && /^\^[A-Za-z0-9*]{1,6}$/.test(label)) {
      const isDefinition = open === 0 && line[close + 1] === ':';
      out += markToken(label.slice(1)) + (isDefinition ? ' ' : '');
      i = close + (isDefinition ? 2 : 1);
      continue;
    }
    if (line[close + 1] === '(') {
      const paren = line.indexOf(')', close + 2);
      if (paren > 0 && paren - close < 400) {
        out += label;
        i = paren + 1;
        continue;
      }
    }
    out += `[${label}]`;
    i = close + 1;
  }
  return out;
}

function supToMarks(line: string): string {
  if (line.indexOf('<') < 0) return line;
  let out = '';
  let i = 0;
  const lower = line.toLowerCase();
  for (;;) {
    const open = lower.indexOf('<sup>', i);
    if (open < 0) break;
    const close = lower.indexOf('</sup>', open + 5);
    if (close < 0) break;
    out += line.slice(i, open);
    const mark = line.slice(open + 5, close).replace(/[\s[\]]/g, '');
    out += /^([0-9]{1,3}|\*{1,3})$/.test(mark) ? markToken(mark) : mark;
    i = close + 6;
  }
  return out + line.slice(i);
}

export function markdownToText(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const raw of lines) {
    let line = raw.trimEnd();
    const t = line.trim();
    const c0 = t.charCodeAt(0);
    if ((c0 === 45 || c0 === 42 || c0 === 95) && /^(-{3,}|\*{3,}|_{3,})$/.test(t)) {
      out.push('');
      continue;
    }
    const first = t.charCodeAt(0);
    if (first === 35 || first === 62) line = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^\s{0,3}>\s?/, '');
    const tags = line.includes('<');
    if (tags) line = supToMarks(line);
    if (line.includes('[')) line = stripLinks(line);
    line = stripEmphasis(line);
    if (tags) line = line.replace(/<\/?[a-zA-Z][a-zA-Z0-9]{0,10}\s*\/?>/g, '');
    out.push(line.includes('&') ? decodeEntities(line) : line);
  }
  return out.join('\n');
}
