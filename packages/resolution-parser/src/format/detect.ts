/**
 * Guesses how a text was produced from its content alone (never from a file name), by counting signs
 * each format leaves behind.
 */
import type { SourceFormat } from '../types';

const HTML_TAG = /<\/?(html|body|head|p|div|br|span|li|ol|ul|table|tr|td|h[1-6]|section|article|em|strong|i|b)(\s[^<>]{0,300})?\/?>/gi;

/** Occurrences of a global pattern, counting no further than `enough`. */
function count(text: string, re: RegExp, enough = 10): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < enough && re.exec(text) !== null) n++;
  return n;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

/** "12.\t" at the start of a line. */
function numberThenTab(text: string, start: number): boolean {
  let i = start;
  while (i < start + 3 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > start && text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) === 9;
}

/** "---" or longer, alone on its line. */
function isRule(text: string, a: number, b: number): boolean {
  if (b - a < 3) return false;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) !== 45) return false;
  return true;
}

export function detectFormat(text: string): SourceFormat {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (sample.trim() === '') return 'PLAIN';
  const htmlTags = count(sample, HTML_TAG, 4);
  if (/<(html|body)[\s>]/i.test(sample) || htmlTags >= 4) return 'HTML';

  // One pass over the lines by index, looking at characters: no array of lines, no pattern per line.
  let nonBlank = 0;
  let long = 0;
  let tabbed = 0;
  let md = 0;
  let hyphenEnds = 0;
  for (let start = 0; start <= sample.length;) {
    let end = sample.indexOf('\n', start);
    if (end < 0) end = sample.length;
    let a = start;
    let b = end;
    while (a < b && isSpace(sample.charCodeAt(a))) a++;
    while (b > a && isSpace(sample.charCodeAt(b - 1))) b--;
    if (b > a) {
      nonBlank++;
      if (end - start > 250) long++;
      if (sample.charCodeAt(start) === 9 || numberThenTab(sample, start)) tabbed++;
      const first = sample.charCodeAt(a);
      if ((first === 35 && /^#{1,6} /.test(sample.slice(start, Math.min(end, start + 8)))) || (first === 45 && isRule(sample, a, b))) md++;
      let e = end;
      while (e > start && (sample.charCodeAt(e - 1) === 32 || sample.charCodeAt(e - 1) === 9 || sample.charCodeAt(e - 1) === 13)) e--;
      if (sample.charCodeAt(e - 1) === 45) {
        const c = sample.charCodeAt(e - 2);
        if (c >= 97 && c <= 122) hyphenEnds++;
      }
    }
    start = end + 1;
  }
  if (/<<ODS /.test(sample) || /\[DU[0-9]+\]/.test(sample)) return 'WORD_TEXT';
  if (sample.includes('*')) md += count(sample, /(^|[\s(])\*[A-Z][^*\n]{0,80}\*/gm);
  if (sample.includes('<sup>')) md += count(sample, /<sup>[^<]{1,6}<\/sup>/g);
  if (sample.includes('](')) md += count(sample, /\]\(#?[^)\s]{0,200}\)/g);
  if (md >= 3) return 'MARKDOWN';
  if (nonBlank > 0 && (long / nonBlank > 0.3 || tabbed / nonBlank > 0.3)) return 'WORD_TEXT';
  if (/^_{5,}\s*$/m.test(sample) || hyphenEnds >= 2 || (nonBlank > 20 && long === 0)) return 'PDF_TEXT';
  return 'PLAIN';
}
