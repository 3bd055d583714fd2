import { pageText } from './pdf-lines';
import type { ReadLimits } from './read-limits';
import { checkTextLength, LimitExceeded, Unreadable } from './read-outcome';

/** pdf.js names its failures; a person needs to know what to do about them. */
function whyUnreadable(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return 'the PDF is encrypted (password-protected); save a copy without a password and upload that';
  if (name === 'InvalidPDFException') return `the PDF is damaged or incomplete (${detail})`;
  return `the PDF cannot be read (${detail})`;
}

/** Text of a PDF, page by page, refusing a page count over the limit before reading any page. */
export async function pdfText(content: Uint8Array, limits: ReadLimits): Promise<string> {
  // unpdf ships an ES module build of pdf.js; it is loaded on first use only.
  const { getDocumentProxy } = await import('unpdf');
  const pages: string[] = [];
  try {
    const pdf = await getDocumentProxy(content, { verbosity: 0 });
    if (pdf.numPages > limits.IMPORT_MAX_PDF_PAGES) {
      throw new LimitExceeded(
        'IMPORT_MAX_PDF_PAGES',
        limits.IMPORT_MAX_PDF_PAGES,
        pdf.numPages,
        `the PDF has ${pdf.numPages} pages, more than the ${limits.IMPORT_MAX_PDF_PAGES} a resolution may have`,
      );
    }
    let length = 0;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const items = (await (await pdf.getPage(number)).getTextContent()).items;
      const runs = items.flatMap((item) =>
        'str' in item ? [{ str: item.str, y: Number(item.transform[5]), height: item.height, hasEOL: item.hasEOL }] : [],
      );
      const text = pageText(runs);
      length += text.length;
      checkTextLength(length, limits);
      pages.push(text);
    }
  } catch (error) {
    if (error instanceof LimitExceeded) throw error;
    throw new Unreadable(whyUnreadable(error));
  }
  const text = pages.join('\n\n');
  if (text.replace(/\s/g, '').length === 0) {
    throw new Unreadable('the PDF has no text layer (a scan?); run it through OCR first or paste its text');
  }
  return text;
}
