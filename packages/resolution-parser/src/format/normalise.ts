/**
 * Character-level clean-up shared by every format: line ends, invisible characters, non-breaking spaces.
 * Private-use characters are removed because the parser uses two of them to carry footnote marks.
 */

/** Footnote mark carried through the pipeline: MARK_OPEN + "12" + MARK_CLOSE. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export function markToken(marker: string): string {
  return MARK_OPEN + marker + MARK_CLOSE;
}

// Characters the slow path rewrites; most texts have none beyond line feeds and tabs.
const SPECIAL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u00a0\u00ad\u2000-\u200d\u2010\u2011\u2028\u2029\u202f\u2060\ue000-\uf8ff\ufb00-\ufb06\ufeff]/;

const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];

function replacement(code: number, next: number): string | null {
  if (code === 13) return next === 10 ? '' : '\n';
  if (code === 12 || code === 11 || code === 0x2028 || code === 0x2029 || code === 0x85) return '\n';
  if (code === 9 || code === 10) return null;
  // control characters carry nothing in a resolution
  if (code < 32 || code === 127 || (code >= 0x80 && code < 0xa0)) return '';
  if (code === 0xa0 || code === 0x2007 || code === 0x202f || (code >= 0x2000 && code <= 0x200a)) return ' ';
  // soft hyphens and zero-width characters are layout only; private use is reserved for the parser's marks
  if (code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) return '';
  if (code >= 0xe000 && code <= 0xf8ff) return '';
  if (code === 0x2010 || code === 0x2011) return '-';
  // PDF text keeps typographic ligatures ("ﬁfty-ﬁrst"); spelt out, the words match the parser's vocabulary.
  if (code >= 0xfb00 && code <= 0xfb06) return LIGATURES[code - 0xfb00] ?? null;
  return null;
}

const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g');

export function normaliseCharacters(input: string): string {
  if (!SPECIAL.test(input)) return input;
  const pieces: string[] = [];
  let runStart = 0;
  // Jump from one special character to the next; the text between is copied in one slice.
  SPECIAL_ALL.lastIndex = 0;
  for (let m = SPECIAL_ALL.exec(input); m !== null; m = SPECIAL_ALL.exec(input)) {
    const i = m.index;
    const rep = replacement(input.charCodeAt(i), input.charCodeAt(i + 1));
    if (rep === null) continue;
    pieces.push(input.slice(runStart, i), rep);
    runStart = i + 1;
  }
  pieces.push(input.slice(runStart));
  return pieces.join('');
}
