/**
 * Page furniture printed inside the flow of a PDF or word-processor text: running headers with the
 * document symbol, page numbers, job numbers and barcodes. Removed line by line.
 */
import type { Line } from './lines';

const PAGE_NUMBER = /^(-\s?)?[0-9]{1,3}(\s?-)?$/;
const PAGE_OF = /^(Page\s)?[0-9]{1,3}\s?(\/|of)\s?[0-9]{1,3}$/i;
// "23-26174 (E) 221223", "*2326174*", Geneva's "GE.23-07123(E)".
const JOB_NUMBER = /^((?:GE\.)?[0-9]{2}[- ][0-9]{5}(\s?\([A-Z]\))?( [0-9]{6})?|\*[0-9]{7}\*)$/;
// "2/6 23-25555" and "23-25555 3/6": page of pages with the job number, at the foot of PDF pages.
// Geneva documents print "2   GE.23-07123" and "GE.23-07123   3".
const PAGE_FOOT =
  /^([0-9]{1,3}(?:\/[0-9]{1,3})? {1,80}(?:GE\.)?[0-9]{2}-[0-9]{5}|(?:GE\.)?[0-9]{2}-[0-9]{5} {1,80}[0-9]{1,3}(?:\/[0-9]{1,3})?)$/;
// "A/RES/78/70 2/5" and "2/5 A/RES/78/70": the running symbol with the page of pages.
const SYMBOL_AND_PAGE =
  /^(?:[0-9]{1,3}\/[0-9]{1,3} {1,80})?((?:A|S|E)(?:\/[A-Z0-9.-]{1,12}){1,5}(?: \([0-9]{4}\))?)(?: {1,80}[0-9]{1,3}\/[0-9]{1,3})?$/;
// "A/RES/78/123 Agricultural technology ...": the running header repeats symbol and title on every page.
const SYMBOL_AND_TITLE = /^((A|S|E)\/(HRC\/)?RES\/[A-Z0-9-]{1,6}(\/[0-9]{1,4})?( \([0-9]{4}\))?) {1,80}[A-Z][^,;:]*$/;
// The same header on even pages of layout-preserving text: title first, symbol at the right margin.
const TITLE_AND_SYMBOL = /^[A-Z][^,;:]{0,150} {2,80}((A|S|E)\/(HRC\/)?RES\/[A-Z0-9-]{1,6}(\/[0-9]{1,4})?( \([0-9]{4}\))?)$/;
const RUNNING_SYMBOL = /^(A|S|E)(\/[A-Z0-9.-]{1,12}){1,5}( \([0-9]{4}\))?$/;
const OTHER = /^(Please recycle|United Nations|Distr\.: General|Original: English|[0-9]{1,2}\/[0-9]{1,2}|\/\.\.\.)$/i;

export interface FurnitureResult {
  lines: Line[];
  /** Symbols seen as running headers: the resolution's own symbol is usually among them. */
  headerSymbols: string[];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Blanks furniture lines in place (the array is the caller's working copy) and lists header symbols. */
export function removeFurniture(lines: Line[]): FurnitureResult {
  const out = lines;
  const headerSymbols: string[] = [];
  const blank = (i: number) => {
    out[i] = { text: '', indent: false };
  };
  const counts = new Map<string, number>();
  for (const line of lines) {
    const c = line.text.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    if (line.text.length <= 240 && line.text.includes('/RES/') && (SYMBOL_AND_TITLE.test(line.text) || TITLE_AND_SYMBOL.test(line.text))) {
      counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    if (counts.size > 0 && (counts.get(t) ?? 0) >= 2) {
      headerSymbols.push(SYMBOL_AND_TITLE.exec(t)?.[1] ?? TITLE_AND_SYMBOL.exec(t)?.[1] ?? '');
      blank(i);
      continue;
    }
    if (t.length <= 40 && t !== '') {
      if (RUNNING_SYMBOL.test(t)) {
        headerSymbols.push(t);
        blank(i);
      } else if (t.includes(' ') && isDigit(t.charCodeAt(t.length - 1)) && SYMBOL_AND_PAGE.test(t)) {
        headerSymbols.push(SYMBOL_AND_PAGE.exec(t)?.[1] ?? '');
        blank(i);
      } else if (PAGE_NUMBER.test(t) || PAGE_OF.test(t) || JOB_NUMBER.test(t) || PAGE_FOOT.test(t) || OTHER.test(t)) {
        blank(i);
      }
    } else if (t.length <= 120 && t.includes('  ') && isDigit(t.charCodeAt(t.length - 1))) {
      // Wide layout: "23-26789        1/3", "A/RES/78/252        2/5" across the page.
      if (PAGE_FOOT.test(t)) blank(i);
      else if (SYMBOL_AND_PAGE.test(t)) {
        headerSymbols.push(SYMBOL_AND_PAGE.exec(t)?.[1] ?? '');
        blank(i);
      }
    }
  }
  return { lines: out, headerSymbols };
}
