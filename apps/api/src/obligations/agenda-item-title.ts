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

interface Quoted {
  title: string;
  /** The words between the previous quoted title (or the clause's start) and this one, lower case, spaces normalised. */
  before: string;
}

/** Every title in quotation marks, with the words that introduce it. An apostrophe inside a word does not close one. */
function quotedTitles(clause: string): Quoted[] {
  const found: Quoted[] = [];
  let from = 0;
  for (let i = 0; i < clause.length; i++) {
    if (!OPEN.includes(clause[i] as string)) continue;
    let end = -1;
    for (let j = i + 1; j < clause.length; j++) {
      const ch = clause[j] as string;
      if (CLOSE.includes(ch) && !(ch === '\u2019' && /[a-z]/i.test(clause[j + 1] ?? ''))) {
        end = j;
        break;
      }
    }
    if (end < 0) break;
    found.push({ title: displayTitle(clause.slice(i + 1, end)), before: wordsOf(clause.slice(from, i)) });
    from = end + 1;
    i = end;
  }
  return found.filter((q) => q.title !== '');
}

/** Lower case, one space between words, every dash one hyphen, and "sub-\nitem" (a line-end break) one word. */
function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00ad\u2010-\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\bsub ?- ?item/g, 'sub-item');
}

/** Introduced as the sub-item: "the sub-item entitled", "a sub-item", "sub-item (b)". */
const NAMES_SUB_ITEM = /\bsub-?item(?: \([a-z0-9]+\))?(?: entitled)?:? ?$/;
/** Introduced as an item: "the item entitled", "item". */
const NAMES_ITEM = /(?<!sub-)\bitem(?: \([a-z0-9]+\))?(?: entitled)?:? ?$/;
/** The item another is placed in: "under the item entitled", "as a sub-item of the item", "within the item". */
const NAMES_HOST_ITEM = /\b(?:under|of|within|in) (?:the |an |its )?item(?: \([a-z0-9]+\))?(?: entitled)?:? ?$/;

export interface SubItemPlacement {
  /** The item the sub-item is scheduled under. */
  parent: string;
  /** The sub-item's own title, when the clause quotes it. */
  subItem: string | null;
}

/**
 * Reads where a clause places a sub-item, whatever the order of its words: 'under the item entitled “X”, the
 * sub-item entitled “Y”', 'the sub-item entitled “Y” under the item entitled “X”', 'the item entitled “Y” as a
 * sub-item of the item entitled “X”', 'under the item entitled “X” … the sub-item “Y”'. Each quoted title is
 * classed by the words just before it: the host item is the one introduced by "under/of/within the item", the
 * sub-item the one introduced by "sub-item" (or, when the clause only says "as a sub-item of", the other item).
 * Null when the clause schedules an item of its own.
 */
export function subItemPlacement(clause: string): SubItemPlacement | null {
  if (!wordsOf(clause).includes('sub-item')) return null;
  const titles = quotedTitles(clause);
  const host = titles.find((q) => NAMES_HOST_ITEM.test(q.before));
  const sub =
    titles.find((q) => q !== host && NAMES_SUB_ITEM.test(q.before)) ?? titles.find((q) => q !== host && NAMES_ITEM.test(q.before));
  const parent = host ?? (sub && NAMES_SUB_ITEM.test(sub.before) ? titles.find((q) => q !== sub && NAMES_ITEM.test(q.before)) : undefined);
  if (!parent) return null;
  return { parent: parent.title, subItem: sub?.title ?? null };
}

/** The parent item of a sub-item (see subItemPlacement); null when the clause schedules an item of its own. */
export function parentItemTitle(quote: string): string | null {
  return subItemPlacement(quote)?.parent ?? null;
}
