/**
 * Agenda item titles as resolutions quote them differ in quotation marks, case, spacing and a closing full stop:
 * "Assistance in mine action", “Assistance in mine action”. The key makes them one item.
 */
export function agendaItemKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`*]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The title as it should be shown: no surrounding quotation marks, footnote star or closing punctuation. */
export function displayTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s*.,;]+$/, '')
    .replace(/^[\u201c"\u2018']+|[\u201d"\u2019']+$/g, '')
    .replace(/[\s*.,;]+$/, '');
}

const OPEN = '\u201c"\u2018\u00ab';
const CLOSE = '\u201d"\u2019\u00bb';

/**
 * The parent item of a sub-item: 'under the item entitled “Sustainable development”, the sub-item entitled “…”'.
 * The parser keeps the sub-item's title; the parent is read from the clause the obligation quotes. Null when the
 * clause schedules an item of its own.
 */
export function parentItemTitle(quote: string): string | null {
  const lower = quote.toLowerCase();
  const sub = lower.indexOf('sub-item entitled');
  if (sub < 0) return null;
  const at = lower.lastIndexOf('item entitled', sub - 1);
  if (at < 0 || lower.slice(at - 4, at) === 'sub-') return null;
  const open = [...quote.slice(at, sub)].findIndex((ch) => OPEN.includes(ch));
  if (open < 0) return null;
  const start = at + open + 1;
  for (let i = start; i < sub; i++) {
    const ch = quote[i] as string;
    if (CLOSE.includes(ch) && !(ch === '\u2019' && /[a-z]/i.test(quote[i + 1] ?? ''))) {
      const title = displayTitle(quote.slice(start, i));
      return title === '' ? null : title;
    }
  }
  return null;
}
