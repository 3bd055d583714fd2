/**
 * HTML to plain lines: block elements become line breaks, <sup> footnote marks become the parser's mark
 * tokens, entities are decoded and every other tag is dropped. A hand-written scanner rather than regular
 * expressions over the whole document keeps hostile markup linear.
 */
import { markToken } from './normalise';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ol',
  'ul',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'hr',
  'dd',
  'dt',
  'aside',
  'body',
]);
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'noscript']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  shy: '',
};

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp);
    const name = semi > amp && semi - amp <= 10 ? text.slice(amp + 1, semi) : '';
    let decoded: string | undefined;
    if (/^#[0-9]{1,7}$/.test(name)) decoded = safeCodePoint(Number(name.slice(1)));
    else if (/^#x[0-9a-f]{1,6}$/i.test(name)) decoded = safeCodePoint(parseInt(name.slice(2), 16));
    else decoded = NAMED_ENTITIES[name.toLowerCase()];
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out;
}

function safeCodePoint(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  if (code >= 0xe000 && code <= 0xf8ff) return '';
  return String.fromCodePoint(code);
}

/** Converts HTML to text lines; footnote lists (class or id mentioning "footnote") get numbered marks. */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  let skipUntil: string | null = null;
  let supDepth = 0;
  let supText = '';
  let footnoteDepth = 0;
  let footnoteCounter = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (skipUntil === null) {
      const chunk = html.slice(i, textEnd);
      if (supDepth > 0) supText += chunk;
      else out += chunk;
    }
    if (lt < 0) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0 || gt - lt > 2000) {
      if (skipUntil === null) out += '<';
      i = lt + 1;
      continue;
    }
    const inner = html.slice(lt + 1, gt);
    i = gt + 1;
    if (inner.startsWith('!--')) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const closing = inner.startsWith('/');
    const nameMatch = /^\/?\s*([a-zA-Z][a-zA-Z0-9]{0,15})/.exec(inner);
    const name = nameMatch?.[1]?.toLowerCase() ?? '';
    if (skipUntil !== null) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (!closing && SKIP_CONTENT.has(name) && !inner.endsWith('/')) {
      skipUntil = name;
      continue;
    }
    if (name === 'sup') {
      if (!closing) {
        supDepth++;
        supText = '';
      } else if (supDepth > 0) {
        supDepth--;
        const mark = decodeEntities(supText).replace(/[\s[\]]/g, '');
        out += /^([0-9]{1,3}|\*{1,3})$/.test(mark) ? markToken(mark) : supText;
      }
      continue;
    }
    const isFootnoteContainer = /footnote|endnote/i.test(inner);
    if (!closing && isFootnoteContainer && (name === 'ol' || name === 'section' || name === 'div' || name === 'aside')) {
      footnoteDepth++;
    } else if (closing && footnoteDepth > 0 && (name === 'ol' || name === 'section' || name === 'aside')) {
      footnoteDepth--;
    }
    if (BLOCK_TAGS.has(name)) out += '\n';
    if (!closing && name === 'li' && footnoteDepth > 0) {
      footnoteCounter++;
      out += `${markToken(String(footnoteCounter))} `;
    }
  }
  return decodeEntities(out);
}
