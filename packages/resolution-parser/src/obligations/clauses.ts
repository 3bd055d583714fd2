/**
 * Splits an operative paragraph into clauses, one per operative verb at a clause boundary:
 * "Notes with appreciation ..., and requests him to review it" gives two clauses.
 */
import {
  ADVERBS,
  ALTERNATE_CLAUSE_WORD_PATTERN,
  CLAUSE_WORD_PATTERN,
  isAlternateForm,
  isClauseVerb,
  restatedVerb,
  verbInfo,
  type VerbInfo,
} from './verbs';

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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  const n = to;
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

/** The token index where the clause starts if a verb at w opens one, -1 if it does not, -2 if unknown. */
function clauseStartFor(tokens: Token[], w: number): number {
  let j = w - 1;
  while (j >= 0) {
    const t = tokens[j] as Token;
    if (endsClausePunct(t.raw)) return j + 1;
    if (t.bare === 'and') return j + 1;
    // "and to that end requests", "and to this end invites"
    if (t.bare === 'end' && tokens[j - 2]?.bare === 'to' && (tokens[j - 1]?.bare === 'that' || tokens[j - 1]?.bare === 'this')) {
      j -= 3;
      continue;
    }
    if (!ADVERBS.has(t.bare)) return -1;
    j--;
  }
  return -2;
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

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
}

/** Cheap test on the characters before a candidate verb: could a clause start here? */
function mayOpenClause(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  if (!isWordCode(c)) return true;
  let s = i;
  while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
  if (i - s > 12) return false;
  const word = text.slice(s, i + 1).toLowerCase();
  return word === 'and' || word === 'end' || ADVERBS.has(word);
}

/**
 * Clauses of a paragraph. Candidate verbs are found in one regular-expression pass; only a small window
 * around each is tokenised, so long paragraphs cost little more than their length.
 */
export function splitClauses(text: string, limit = Infinity): Clause[] {
  const found: Array<{ start: number; info: VerbInfo | null; objectStart: number }> = [];
  // Past-tense and first-person forms count only in a paragraph that opens with one (decisions, declarations).
  const opening = /^(?:(?:also|further|again|and) )?([a-z]+)/i.exec(text.slice(0, 40))?.[1]?.toLowerCase();
  const alternateMode = opening !== undefined && isAlternateForm(opening);
  const re = alternateMode ? ALTERNATE_CLAUSE_WORD_PATTERN : CLAUSE_WORD_PATTERN;
  re.lastIndex = 0;
  // One clause beyond the limit is read so that the last one kept knows where it ends.
  for (let m = re.exec(text); m !== null && found.length <= limit; m = re.exec(text)) {
    // Most verb-like words sit inside a sentence ("the report notes"); only a word after punctuation, "and",
    // an adverb or the paragraph's start can open a clause, and only those are tokenised.
    if (!mayOpenClause(text, m.index)) continue;
    let from = Math.max(0, m.index - 60);
    while (from > 0 && text[from - 1] !== ' ' && m.index - from < 120) from--;
    const tokens = tokenize(text, from, Math.min(text.length, m.index + 90));
    const w = tokens.findIndex((t) => t.start === m!.index);
    if (w < 0) continue;
    const t = tokens[w]!;
    const next = tokens[w + 1]?.bare;
    const restated = restatedVerb(t.bare, next, tokens[w + 2]?.bare);
    if (restated === null && !isClauseVerb(t.bare, next)) continue;
    let startToken = clauseStartFor(tokens, w);
    if (startToken === -2) startToken = from === 0 ? 0 : -1;
    if (startToken < 0) continue;
    const info = restated ?? verbInfo(t.bare);
    let o = w + (restated !== null ? 3 : 1);
    const particles = info?.particles ?? [];
    if (tokens[o] !== undefined && particles.includes(tokens[o]!.bare) && !t.raw.endsWith(',')) o++;
    o = skipAdverbs(tokens, o);
    const objectStart = tokens[o]?.start ?? text.length;
    found.push({ start: tokens[startToken]!.start, info, objectStart });
    re.lastIndex = Math.max(re.lastIndex, t.end);
  }
  return found.slice(0, limit).map((f, k) => {
    const end = found[k + 1]?.start ?? text.length;
    return { start: f.start, end, verb: f.info, objectStart: Math.min(f.objectStart, end) };
  });
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
