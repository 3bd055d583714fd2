/**
 * Page furniture printed inside the flow of a PDF or word-processor text: running headers with the
 * document symbol, page numbers, job numbers and barcodes. Removed line by line.
 */
import type { Line } from './lines';

const PAGE_NUMBER = /^(-\s?)?[0-9]{1,3}(\s?-)?$/;
const PAGE_OF = /^(Page\s)?[0-9]{1,3}\s?(\/|of)\s?[0-9]{1,3}$/i;
const JOB_NUMBER = /^([0-9]{2}[- ][0-9]{5}(\s?\([A-Z]\))?|\*[0-9]{7}\*)$/;
const RUNNING_SYMBOL = /^(A|S|E)(\/[A-Z0-9.\-]{1,12}){1,5}( \([0-9]{4}\))?$/;
const OTHER = /^(Please recycle|United Nations|Distr\.: General|Original: English|[0-9]{1,2}\/[0-9]{1,2})$/i;

export interface FurnitureResult {
  lines: Line[];
  /** Symbols seen as running headers: the resolution's own symbol is usually among them. */
  headerSymbols: string[];
}

export function removeFurniture(lines: Line[]): FurnitureResult {
  const out: Line[] = [];
  const headerSymbols: string[] = [];
  for (const line of lines) {
    const t = line.text;
    if (t.length <= 40 && t !== '') {
      if (RUNNING_SYMBOL.test(t)) {
        headerSymbols.push(t);
        out.push({ text: '', indent: false });
        continue;
      }
      if (PAGE_NUMBER.test(t) || PAGE_OF.test(t) || JOB_NUMBER.test(t) || OTHER.test(t)) {
        out.push({ text: '', indent: false });
        continue;
      }
    }
    out.push(line);
  }
  return { lines: out, headerSymbols };
}
