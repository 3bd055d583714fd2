/**
 * Abbreviated resolution references in running text ("its resolutions 48/7 of 19 October 1993 and 49/215",
 * "Security Council resolution 1325 (2000)", "Commission on Human Rights resolution 1995/79") turned into
 * full symbols. The organ comes from the nearest name before the word "resolution", else from the shape.
 */
import type { BodyCode } from './symbols';
import { MONTH_NAMES } from './dates';

export type ResolutionRef = { symbol: string; index: number; end: number };

type Organ = BodyCode | 'E/CN.4';

const MONTHS = new Set(MONTH_NAMES);

/** Organ names that may stand before "resolution"; the one ending nearest to the word wins. */
const QUALIFIERS: ReadonlyArray<[string, Organ | 'its' | 'council']> = [
  ['General Assembly', 'A'],
  ['Assembly', 'A'],
  ['Security Council', 'S'],
  ['Human Rights Council', 'A/HRC'],
  ['Economic and Social Council', 'E'],
  ['Commission on Human Rights', 'E/CN.4'],
  ['Council', 'council'],
  ['its ', 'its'],
  ['Its ', 'its'],
];

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function organBefore(text: string, at: number, body: BodyCode): Organ | null {
  const window = text.slice(Math.max(0, at - 70), at);
  let best: Organ | null = null;
  let bestEnd = -1;
  for (const [phrase, organ] of QUALIFIERS) {
    const pos = window.lastIndexOf(phrase);
    if (pos < 0) continue;
    const end = pos + phrase.length;
    if (end <= bestEnd) continue;
    bestEnd = end;
    if (organ === 'its') best = body;
    else if (organ === 'council') best = body === 'A' ? null : body;
    else best = organ;
  }
  return best;
}

type Item = { first: string; second: string; letter: string; sc: boolean; end: number };

/** Reads one reference ("48/7", "54/54 B", "ES-10/21", "1325 (2000)") at i, or null. */
function readItem(text: string, i: number): Item | null {
  let j = i;
  let prefix = '';
  if ((text.startsWith('ES-', j) || text.startsWith('S-', j)) && isDigit(text[j + (text[j] === 'E' ? 3 : 2)])) {
    prefix = text[j] === 'E' ? 'ES-' : 'S-';
    j += prefix.length;
  }
  const a = j;
  while (isDigit(text[j]) && j - a < 5) j++;
  if (j === a) return null;
  const first = prefix + text.slice(a, j);
  if (text[j] === '/' && isDigit(text[j + 1])) {
    const b = j + 1;
    j = b;
    while (isDigit(text[j]) && j - b < 5) j++;
    const second = text.slice(b, j);
    if (/[A-Za-z0-9/]/.test(text[j] ?? '')) return null;
    let letter = '';
    const l = text[j + 1];
    if (text[j] === ' ' && l !== undefined && l >= 'A' && l <= 'Z' && !/[A-Za-z0-9]/.test(text[j + 2] ?? '')) {
      letter = l;
      j += 2;
    }
    return { first, second, letter, sc: false, end: j };
  }
  if (prefix === '') {
    const year = /^ ?\(([0-9]{4})\)/.exec(text.slice(j, j + 8));
    if (year && year[1] !== undefined) return { first, second: year[1], letter: '', sc: true, end: j + year[0].length };
  }
  return null;
}

/** Skips ", ", " and ", "of 19 October 1993" between references; returns the next item start or -1. */
function skipBetween(text: string, i: number): number {
  let j = i;
  for (let guard = 0; guard < 8; guard++) {
    while (text[j] === ' ' || text[j] === '\n' || text[j] === ',') j++;
    if (text.startsWith('and', j) && /\s/.test(text[j + 3] ?? '')) {
      j += 4;
      continue;
    }
    if (text.startsWith('of', j) && /\s/.test(text[j + 2] ?? '')) {
      const k = skipDate(text, j + 3);
      if (k < 0) return -1;
      j = k;
      continue;
    }
    return isDigit(text[j]) || text.startsWith('ES-', j) || text.startsWith('S-', j) ? j : -1;
  }
  return -1;
}

/** Skips "19 October 1993", "October 1993" or "1993"; returns -1 if no date is there. */
function skipDate(text: string, i: number): number {
  let j = i;
  let parts = 0;
  for (let guard = 0; guard < 3; guard++) {
    while (text[j] === ' ' || text[j] === '\n') j++;
    const s = j;
    while (j < text.length && /[A-Za-z0-9]/.test(text[j] ?? '') && j - s < 12) j++;
    const word = text.slice(s, j);
    if (word === '') break;
    if (/^[0-9]{1,4}$/.test(word) || MONTHS.has(word.toLowerCase())) {
      parts++;
      if (/^[0-9]{4}$/.test(word)) return j;
    } else {
      j = s;
      break;
    }
  }
  return parts > 0 ? j : -1;
}

function toSymbol(item: Item, organ: Organ | null, body: BodyCode): string | null {
  const num = item.letter ? `${item.second} ${item.letter}` : item.second;
  if (item.sc) return `S/RES/${item.first} (${item.second})`;
  const yearShaped = /^[0-9]{4}$/.test(item.first) && Number(item.first) >= 1946;
  const chosen: Organ = organ ?? (yearShaped ? 'E' : 'A');
  if (chosen === 'S') return null;
  if (yearShaped && (chosen === 'A' || chosen === 'A/HRC')) return body === 'E' ? `E/RES/${item.first}/${num}` : null;
  if (!yearShaped && (chosen === 'E' || chosen === 'E/CN.4')) return null;
  if (chosen === 'E/CN.4') return `E/CN.4/RES/${item.first}/${num}`;
  if (chosen === 'E') return `E/RES/${item.first}/${num}`;
  if (chosen === 'A/HRC') return `A/HRC/RES/${item.first}/${num}`;
  return `A/RES/${item.first}/${num}`;
}

/** Full symbols of the resolutions referred to after each "resolution(s)" in the text. */
export function findResolutionRefs(text: string, body: BodyCode = 'A'): ResolutionRef[] {
  const out: ResolutionRef[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  let lastOrgan: Organ | null = null;
  for (;;) {
    const at = lower.indexOf('resolution', from);
    if (at < 0) break;
    from = at + 10;
    if (at > 0 && /[A-Za-z]/.test(text[at - 1] ?? '')) continue;
    let j = at + 10;
    if (text[j] === 's') j++;
    if (/[A-Za-z]/.test(text[j] ?? '')) continue;
    const organ = organBefore(text, at, body);
    let k = skipBetween(text, j);
    for (let guard = 0; k >= 0 && guard < 100; guard++) {
      const item = readItem(text, k);
      if (item === null) break;
      const yearShaped = /^[0-9]{4}$/.test(item.first);
      // "and resolutions 1996/27" continues the organ named before the previous list.
      const effective: Organ | null = organ ?? (yearShaped && lastOrgan !== null && lastOrgan !== 'A' ? lastOrgan : null);
      const symbol = toSymbol(item, effective, body);
      if (symbol !== null) out.push({ symbol, index: k, end: item.end });
      if (effective !== null) lastOrgan = effective;
      k = skipBetween(text, item.end);
      from = Math.max(from, item.end);
    }
  }
  return out;
}
