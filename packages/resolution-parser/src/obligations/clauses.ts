/**
 * Splits an operative paragraph into clauses, one per operative verb at a clause boundary:
 * "Notes with appreciation ..., and requests him to review it" gives two clauses.
 */
import { ADVERBS, isClauseVerb, restatedVerb, verbInfo, type VerbInfo } from './verbs';

export interface Token {
  raw: string;
  bare: string;
  start: number;
  end: number;
}

export interface Clause {
  /** Start of the clause in the paragraph text (adverbs such as "Also" included). */
  start: number;
  end: number;
  /** The verb's information when it asks something of someone; null for noting, welcoming ... */
  verb: VerbInfo | null;
  /** Where the verb's object begins (after particles such as "upon" and adverbs such as "also"). */
  objectStart: number;
}

const LEADING = '("\u201c\u2018\'[';
const TRAILING = ',;:.)"\u201d\u2019\']';

/** Token without surrounding quotes, brackets and punctuation (a loop: regular expressions could backtrack). */
export function stripEdges(raw: string): string {
  let a = 0;
  let b = raw.length;
  while (a < b && LEADING.includes(raw[a] as string)) a++;
  while (b > a && TRAILING.includes(raw[b - 1] as string)) b--;
  return raw.slice(a, b);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === ' ' || text[i] === '\n')) i++;
    const start = i;
    while (i < n && text[i] !== ' ' && text[i] !== '\n') i++;
    if (i > start) {
      const raw = text.slice(start, i);
      const bare = stripEdges(raw.toLowerCase());
      tokens.push({ raw, bare, start, end: i });
    }
  }
  return tokens;
}

function endsClausePunct(raw: string): boolean {
  const last = raw[raw.length - 1];
  return last === ',' || last === ';' || last === ':';
}

/** The token index where the clause starts if a verb at w opens one, else -1. */
function clauseStartFor(tokens: Token[], w: number): number {
  let j = w - 1;
  while (j >= 0) {
    const t = tokens[j] as Token;
    if (endsClausePunct(t.raw)) return j + 1;
    if (t.bare === 'and') return j + 1;
    if (!ADVERBS.has(t.bare)) return -1;
    j--;
  }
  return 0;
}

/** Skips "also", "further", "in particular", "in this regard" after a verb. */
function skipAdverbs(tokens: Token[], from: number): number {
  let o = from;
  for (let guard = 0; guard < 6; guard++) {
    const t = tokens[o];
    if (t === undefined) break;
    if (t.bare === 'in') {
      const a = tokens[o + 1]?.bare;
      const b = tokens[o + 2]?.bare;
      if (a === 'particular') o += 2;
      else if ((a === 'this' || a === 'that') && b !== undefined && ['regard', 'context', 'connection', 'respect'].includes(b)) o += 3;
      else break;
      continue;
    }
    if (t.bare === 'once' && tokens[o + 1]?.bare === 'again') {
      o += 2;
      continue;
    }
    if (['also', 'further', 'again', 'strongly', 'therefore', 'moreover', 'accordingly', 'urgently', 'firmly'].includes(t.bare)) {
      o++;
      continue;
    }
    break;
  }
  return o;
}

export function splitClauses(text: string, tokens: Token[] = tokenize(text)): Clause[] {
  const starts: Array<{ tokenStart: number; verbToken: number; info: VerbInfo | null; consumed: number }> = [];
  for (let w = 0; w < tokens.length; w++) {
    const t = tokens[w] as Token;
    const next = tokens[w + 1]?.bare;
    const restated = restatedVerb(t.bare, next, tokens[w + 2]?.bare);
    if (restated === null && !isClauseVerb(t.bare, next)) continue;
    const start = clauseStartFor(tokens, w);
    if (start < 0) continue;
    const info = restated ?? verbInfo(t.bare);
    starts.push({ tokenStart: start, verbToken: w, info, consumed: restated !== null ? 3 : 1 });
  }
  const clauses: Clause[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const next = starts[k + 1];
    const end = next !== undefined ? (tokens[next.tokenStart] as Token).start : text.length;
    let o = s.verbToken + s.consumed;
    const particles = s.info?.particles ?? [];
    if (tokens[o] !== undefined && particles.includes(tokens[o]!.bare) && !(tokens[s.verbToken]!.raw.endsWith(','))) o++;
    o = skipAdverbs(tokens, o);
    const objectStart = tokens[o] !== undefined && tokens[o]!.start < end ? tokens[o]!.start : end;
    clauses.push({ start: (tokens[s.tokenStart] as Token).start, end, verb: s.info, objectStart });
  }
  return clauses;
}

/** Clause text without the joining ", and" or final punctuation. */
export function clauseText(text: string, clause: Clause): string {
  let t = text.slice(clause.start, clause.end).trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = t;
    t = t.replace(/(,? and|,? or|[,;.:])$/, '').trim();
    if (t === before) break;
  }
  return t;
}
