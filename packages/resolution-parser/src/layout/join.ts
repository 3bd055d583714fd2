/**
 * Joins the physical lines of a paragraph. A hyphen at a line end is either typesetting ("elimi-" /
 * "nating") or part of a compound ("mine-" / "clearance"); the document's own vocabulary decides first,
 * then lists of common compound parts.
 */

const KEEP_LEFT = new Set([
  'non',
  'anti',
  'self',
  'co',
  'multi',
  'cross',
  'post',
  'pre',
  'socio',
  'mine',
  'well',
  'long',
  'short',
  'high',
  'low',
  'cost',
  'child',
  'age',
  'gender',
  'peace',
  'confidence',
  'capacity',
  'decision',
  'follow',
  'large',
  'small',
  'full',
  'half',
  'mid',
  'ex',
  'semi',
  'counter',
  'macro',
  'micro',
  'south',
  'north',
  'user',
  'state',
  'country',
  'time',
  'rights',
  'human',
  'war',
  'conflict',
  'disaster',
  'climate',
  'risk',
  'results',
  'evidence',
  'community',
  'needs',
  'sector',
  'people',
  'women',
  'youth',
  'inter-agency',
  'small-scale',
  'ill',
  'cease',
  'fact',
  'fund',
  'policy',
  'law',
  'rule',
  'trust',
  'nation',
  'region',
  'sub',
  'one',
  'two',
  'three',
  'year',
]);
const KEEP_RIGHT = new Set([
  'related',
  'affected',
  'based',
  'building',
  'making',
  'keeping',
  'up',
  'term',
  'level',
  'oriented',
  'sensitive',
  'specific',
  'centred',
  'centered',
  'governmental',
  'clearance',
  'action',
  'free',
  'led',
  'owned',
  'wide',
  'scale',
  'year',
  'time',
  'fire',
  'finding',
  'responsive',
  'inclusive',
  'appropriate',
  'friendly',
  'bearing',
  'driven',
  'sharing',
  'saving',
  'setting',
  'focused',
  'being',
  'long',
  'wise',
  'income',
  'resilient',
  'contributing',
]);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Answers "is this word written somewhere in the document?" for the few words next to line-end hyphens.
 * Lookups search the lower-cased text and are cached; past a budget of distinct words (hostile input)
 * the whole word list is built once instead.
 */
export class Vocabulary {
  private lower: string | null = null;
  private readonly cache = new Map<string, boolean>();
  /** Hyphen decisions by "left\u0000right", since PDF text repeats the same breaks. */
  readonly decisions = new Map<string, boolean>();
  private all: Set<string> | null = null;

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    if (this.all === null && this.cache.size > 300) this.all = wordSet(this.text);
    const found = this.all !== null ? this.all.has(word) : this.search(word);
    this.cache.set(word, found);
    return found;
  }

  private search(word: string): boolean {
    if (this.lower === null) this.lower = this.text.toLowerCase();
    const text = this.lower;
    let from = 0;
    for (let guard = 0; guard < 50; guard++) {
      const at = text.indexOf(word, from);
      if (at < 0) return false;
      from = at + 1;
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + word.length);
      if (!isLetterCode(before) && before !== 45 && !isLetterCode(after) && after !== 45) return true;
    }
    return false;
  }
}

function wordSet(text: string): Set<string> {
  const vocab = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetterCode(c) || (c === 45 && isLetterCode(text.charCodeAt(i + 1)))) i++;
      else break;
    }
    if (i - start < 40) vocab.add(text.slice(start, i).toLowerCase());
  }
  return vocab;
}

/** Vocabulary of a text (see Vocabulary). */
export function buildVocabulary(text: string): Vocabulary {
  return new Vocabulary(text);
}

function keepHyphen(left: string, right: string, vocab: Vocabulary): boolean {
  const key = `${left}\u0000${right}`;
  const known = vocab.decisions.get(key);
  if (known !== undefined) return known;
  const decision = decideHyphen(left, right, vocab);
  if (vocab.decisions.size < 5000) vocab.decisions.set(key, decision);
  return decision;
}

function decideHyphen(left: string, right: string, vocab: Vocabulary): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (vocab.has(`${l}-${r}`)) return true;
  if (vocab.has(l + r)) return false;
  if (isLetter(right[0]) && right[0] === right[0]?.toUpperCase()) return true;
  const lastPart = l.slice(l.lastIndexOf('-') + 1);
  return KEEP_LEFT.has(lastPart) || KEEP_LEFT.has(l) || KEEP_RIGHT.has(r);
}

/**
 * Appends the next line (or block) of a paragraph to its pieces. Only the last piece is ever rewritten
 * and only its last 40 characters are read, so joining a paragraph of any length stays linear.
 */
export function appendPiece(parts: string[], next: string, vocab: Vocabulary): void {
  if (next === '') return;
  const left = parts[parts.length - 1];
  if (left === undefined || left === '') {
    if (left === '') parts[parts.length - 1] = next;
    else parts.push(next);
    return;
  }
  const last = left[left.length - 1];
  const beforeLast = left[left.length - 2];
  if (last === '-' && isLetter(beforeLast) && isLetter(next[0])) {
    let s = left.length - 1;
    while (s > 0 && s > left.length - 40 && (isLetter(left[s - 1]) || left[s - 1] === '-')) s--;
    let e = 0;
    while (e < next.length && e < 40 && isLetter(next[e])) e++;
    const fragment = left.slice(s, left.length - 1);
    if (!keepHyphen(fragment, next.slice(0, e), vocab)) parts[parts.length - 1] = left.slice(0, -1);
    parts.push(next);
    return;
  }
  if ((last === '-' || last === '\u2013' || last === '/') && /[0-9]/.test(beforeLast ?? '')) {
    parts.push(next);
    return;
  }
  parts.push(' ', next);
}

/** Two pieces joined as one paragraph (see appendPiece). */
export function joinPieces(left: string, right: string, vocab: Vocabulary): string {
  const parts = [left];
  appendPiece(parts, right, vocab);
  return parts.join('');
}

const SPACED_HYPHEN = /([A-Za-z][A-Za-z-]{0,38}[A-Za-z])- ([A-Za-z]{2,40})/g;
// "pre- and post-conflict", "troop- and police-contributing": a hyphen left hanging on purpose.
const SUSPENDED = new Set(['and', 'or', 'nor', 'to', 'as', 'and/or']);

/**
 * Some PDF extractions join a line-end hyphen to the next line with a space ("develop- ment",
 * "decision- making"). The same decision as at a line end applies: typesetting is removed, compounds keep
 * their hyphen, and a hyphen hanging before "and" stays as printed.
 */
export function joinSpacedHyphens(text: string, vocab: Vocabulary): string {
  if (!text.includes('- ')) return text;
  return text.replace(SPACED_HYPHEN, (whole: string, left: string, right: string) => {
    if (SUSPENDED.has(right.toLowerCase())) return whole;
    return keepHyphen(left, right, vocab) ? `${left}-${right}` : left + right;
  });
}
