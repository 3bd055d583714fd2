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

export function detectFormat(text: string): SourceFormat {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (sample.trim() === '') return 'PLAIN';
  const htmlTags = count(sample, HTML_TAG, 4);
  if (/<(html|body)[\s>]/i.test(sample) || htmlTags >= 4) return 'HTML';

  const lines = sample.split('\n');
  let nonBlank = 0;
  let long = 0;
  let tabbed = 0;
  let md = 0;
  let hyphenEnds = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t === '') continue;
    nonBlank++;
    if (line.length > 250) long++;
    if (/^\t|^[0-9]{1,3}\.\t/.test(line)) tabbed++;
    if (/^#{1,6} /.test(line) || /^-{3,}$/.test(t)) md++;
    const end = line.trimEnd();
    if (end.endsWith('-') && /[a-z]/.test(end[end.length - 2] ?? '')) hyphenEnds++;
  }
  if (/<<ODS /.test(sample) || /\[DU[0-9]+\]/.test(sample)) return 'WORD_TEXT';
  md +=
    count(sample, /(^|[\s(])\*[A-Z][^*\n]{0,80}\*/gm) + count(sample, /<sup>[^<]{1,6}<\/sup>/g) + count(sample, /\]\(#?[^)\s]{0,200}\)/g);
  if (md >= 3) return 'MARKDOWN';
  if (nonBlank > 0 && (long / nonBlank > 0.3 || tabbed / nonBlank > 0.3)) return 'WORD_TEXT';
  if (/^_{5,}\s*$/m.test(sample) || hyphenEnds >= 2 || (nonBlank > 20 && long === 0)) return 'PDF_TEXT';
  return 'PLAIN';
}
