import { expandSymbols, findExplicitSymbols, validateSymbol } from '@mandate-tracker/resolution-parser';
import type { DocumentKind } from '../generated/prisma/enums';

/**
 * What one "symbol" field may name: a single symbol, or several as UN texts abbreviate them
 * ("A/62/307 and Corr.3", "A/56/448 and Add.1 and 2"). The parser does the reading; this file only
 * insists that nothing but symbols and their separators was typed, so a stray word is refused rather than dropped.
 */
export type SymbolList = { valid: true; symbols: string[] } | { valid: false; message: string };

/** Text allowed between the symbols one field names. */
const SEPARATOR = /(?:\s|,|;|\band\b)+/gi;

export function readSymbolList(text: string): SymbolList {
  const single = validateSymbol(text);
  if (single.valid) return { valid: true, symbols: [single.symbol] };
  const found = findExplicitSymbols(text).sort((a, b) => a.index - b.index);
  if (found.length === 0) return { valid: false, message: single.message };
  let leftover = '';
  let at = 0;
  for (const span of found) {
    if (span.index > at) leftover += ` ${text.slice(at, span.index)}`;
    at = Math.max(at, span.end);
  }
  leftover += ` ${text.slice(at)}`;
  const stray = leftover.split(SEPARATOR).find((word) => word.trim() !== '');
  if (stray !== undefined) {
    const check = validateSymbol(stray);
    return { valid: false, message: check.valid ? `"${stray}" is not joined to the other symbols by "and" or ","` : check.message };
  }
  const symbols: string[] = [];
  for (const symbol of expandSymbols(text)) {
    const check = validateSymbol(symbol);
    if (!check.valid) return { valid: false, message: check.message };
    if (!symbols.includes(check.symbol)) symbols.push(check.symbol);
  }
  return { valid: true, symbols };
}

/** Corrigenda and addenda say what they are in their last part, resolutions in their RES part. */
export function kindFromSymbol(symbol: string): DocumentKind | null {
  const parts = symbol.split('/');
  const last = parts[parts.length - 1] ?? '';
  if (/^Corr\.\d+$/.test(last)) return 'CORRIGENDUM';
  if (/^Add\.\d+$/.test(last)) return 'ADDENDUM';
  if (parts.includes('RES')) return 'RESOLUTION';
  return null;
}

/**
 * The kind of each symbol recorded together: the kind given describes the first symbol named; the
 * others follow their symbol (Corr., Add., RES), else the kind given; a report when nothing says otherwise.
 */
export function kindOf(symbol: string, position: number, given: DocumentKind | undefined): DocumentKind {
  if (position === 0) return given ?? kindFromSymbol(symbol) ?? 'REPORT';
  return kindFromSymbol(symbol) ?? given ?? 'REPORT';
}
