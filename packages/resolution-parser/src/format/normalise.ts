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

export function normaliseCharacters(input: string): string {
  let out = '';
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i] as string;
    if (code === 13) {
      out += '\n';
      if (text.charCodeAt(i + 1) === 10) i++;
    } else if (code === 12 || code === 11 || code === 0x2028 || code === 0x2029 || code === 0x85) {
      out += '\n';
    } else if (code === 9 || code === 10) {
      out += ch;
    } else if (code < 32 || code === 127 || (code >= 0x80 && code < 0xa0)) {
      // control characters carry nothing in a resolution
    } else if (code === 0xa0 || code === 0x2007 || code === 0x202f || (code >= 0x2000 && code <= 0x200a)) {
      out += ' ';
    } else if (code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) {
      // soft hyphens and zero-width characters are layout only
    } else if (code >= 0xe000 && code <= 0xf8ff) {
      // private use: reserved for the parser's own marks
    } else if (code === 0x2010 || code === 0x2011) {
      out += '-';
    } else {
      out += ch;
    }
  }
  return out;
}
