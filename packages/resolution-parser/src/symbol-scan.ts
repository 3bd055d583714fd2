/**
 * Finding document symbols in running text, including the abbreviations UN texts use:
 * "A/62/307 and Corr.3", "A/56/448 and Add.1 and 2", "resolution 70/1".
 * Everything is a single left-to-right scan, so the cost is linear in the text.
 */
import { normaliseSymbol, suffixSegment, type BodyCode } from './symbols';
import { findResolutionRefs } from './resolution-refs';

export type FoundSymbol = { symbol: string; index: number; end: number };

const SYMBOL_CHAR = /[A-Za-z0-9./-]/;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/** A candidate is a symbol when it starts with an upper-case series and every part looks like one. */
function looksLikeSymbol(candidate: string): boolean {
  const parts = candidate.split('/');
  if (parts.length < 2 || !/[0-9]/.test(candidate)) return false;
  if (!/^[A-Z]{1,8}$/.test(parts[0] ?? '')) return false;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (part === '') return false;
    if (suffixSegment(part) !== null) continue;
    if (!/^[A-Z0-9][A-Z0-9.-]*$/.test(part)) return false;
  }
  return true;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t')) i++;
  return i;
}

/** Reads "and Corr.3", ", Add.1 and 2", "and Add.1-3" after a symbol, returning the extra symbols. */
function readContinuations(text: string, start: number, base: string, firstType: string | null) {
  const out: string[] = [];
  let type = firstType;
  let i = start;
  for (let guard = 0; guard < 50; guard++) {
    let j = skipSpaces(text, i);
    let separated = false;
    if (text[j] === ',') {
      j = skipSpaces(text, j + 1);
      separated = true;
    }
    if (text.startsWith('and ', j)) {
      j = skipSpaces(text, j + 4);
      separated = true;
    }
    if (!separated) break;
    let k = j;
    while (k < text.length && k - j < 8 && /[A-Za-z]/.test(text[k] ?? '')) k++;
    let numStart = j;
    if (k > j) {
      const probe = text[k] === '.' ? suffixSegment(`${text.slice(j, k)}.1`) : null;
      if (probe === null) break;
      type = probe.slice(0, -1);
      numStart = skipSpaces(text, k + 1);
    } else if (type === null) break;
    let m = numStart;
    while (isDigit(text[m]) && m - numStart < 4) m++;
    if (m === numStart || isWordChar(text[m]) || text[m] === '/') break;
    const from = Number(text.slice(numStart, m));
    let to = from;
    if ((text[m] === '-' || text[m] === '\u2013') && isDigit(text[m + 1])) {
      let n = m + 1;
      while (isDigit(text[n]) && n - m < 4) n++;
      to = Number(text.slice(m + 1, n));
      m = n;
    }
    if (to < from || to - from > 30) to = from;
    for (let v = from; v <= to; v++) out.push(`${base}/${type}${v}`);
    i = m;
  }
  return { symbols: out, end: i };
}

/**
 * Symbols written out in full ("A/78/259", "S/RES/2720 (2023)"), with their continuations. Only
 * positions around a "/" are examined, so text without slashes costs one indexOf.
 */
export function findExplicitSymbols(text: string): FoundSymbol[] {
  const found: FoundSymbol[] = [];
  const n = text.length;
  let slash = text.indexOf('/');
  let resumeAt = 0;
  while (slash >= 0) {
    let i = slash;
    while (i > resumeAt && slash - i < 30 && SYMBOL_CHAR.test(text[i - 1] ?? '')) i--;
    if (i < resumeAt || !isUpper(text[i]) || (i > 0 && SYMBOL_CHAR.test(text[i - 1] ?? ''))) {
      slash = text.indexOf('/', slash + 1);
      continue;
    }
    let j = slash;
    while (j < n && SYMBOL_CHAR.test(text[j] ?? '') && j - i < 80) j++;
    let end = j;
    while (end > i && (text[end - 1] === '.' || text[end - 1] === '-' || text[end - 1] === '/')) end--;
    let candidate = text.slice(i, end);
    // "A/78/100/Add.1-3" names three addenda.
    const range = /\/((?:Add|Corr|Rev)\.[0-9]{1,3})[-\u2013]([0-9]{1,3})$/.exec(candidate);
    let rangeTo = 0;
    if (range && range[1] !== undefined) {
      rangeTo = Number(range[2]);
      candidate = candidate.slice(0, range.index + 1 + range[1].length);
    }
    if (!looksLikeSymbol(candidate)) {
      resumeAt = Math.max(j, slash + 1);
      slash = text.indexOf('/', resumeAt);
      continue;
    }
    let symbol = normaliseSymbol(candidate);
    if (symbol.startsWith('S/RES/')) {
      const year = /^ ?\(([0-9]{4})\)/.exec(text.slice(end, end + 8));
      if (year) {
        symbol = `${symbol} (${year[1]})`;
        end += year[0].length;
      }
    }
    const parts = symbol.split('/');
    const last = parts[parts.length - 1] ?? '';
    const lastSuffix = suffixSegment(last);
    const base = lastSuffix !== null ? parts.slice(0, -1).join('/') : symbol;
    const type = lastSuffix !== null ? lastSuffix.replace(/[0-9]+$/, '') : null;
    found.push({ symbol, index: i, end });
    if (lastSuffix !== null && type !== null && rangeTo > 0) {
      const from = Number(lastSuffix.slice(type.length));
      for (let v = from + 1; v <= rangeTo && v - from <= 30; v++) found.push({ symbol: `${base}/${type}${v}`, index: i, end });
    }
    const more = readContinuations(text, end, base, type);
    for (const s of more.symbols) found.push({ symbol: s, index: i, end: more.end });
    resumeAt = Math.max(more.end, j, slash + 1);
    slash = text.indexOf('/', resumeAt);
  }
  return found;
}

/** Every symbol in a text, in order of appearance, without repeats. */
export function expandSymbols(text: string, body: BodyCode = 'A'): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const all = [...findExplicitSymbols(text), ...findResolutionRefs(text, body)];
  all.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of all) {
    if (!seen.has(f.symbol)) {
      seen.add(f.symbol);
      out.push(f.symbol);
    }
  }
  return out;
}
