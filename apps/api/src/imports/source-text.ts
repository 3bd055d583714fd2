import mammoth from 'mammoth';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import { pageText } from './pdf-lines';

export interface UploadedSource {
  filename: string;
  content: Buffer;
}

export type SourceKind = 'pdf' | 'docx' | 'text';

export interface SourceText {
  kind: SourceKind;
  text: string;
}

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What the bytes are, from their content: a file name proves nothing. */
export function sniffKind(content: Buffer): SourceKind | 'zip' {
  if (content.subarray(0, 1024).includes(PDF_MAGIC)) return 'pdf';
  if (content.subarray(0, 4).equals(ZIP_MAGIC)) return content.includes(Buffer.from('word/document.xml')) ? 'docx' : 'zip';
  return 'text';
}

function unreadable(filename: string, why: string): AppError {
  return new AppError(ErrorCode.UNREADABLE_FILE, `${filename}: ${why}`, { filename });
}

async function pdfText(source: UploadedSource): Promise<string> {
  // unpdf ships an ES module build of pdf.js; it is loaded on first use only.
  const { getDocumentProxy } = await import('unpdf');
  let text: string;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(source.content), { verbosity: 0 });
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      const runs = content.items.flatMap((item) =>
        'str' in item ? [{ str: item.str, y: Number(item.transform[5]), height: item.height, hasEOL: item.hasEOL }] : [],
      );
      pages.push(pageText(runs));
    }
    text = pages.join('\n\n');
  } catch (error) {
    throw unreadable(source.filename, `the PDF cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (text.replace(/\s/g, '').length === 0) {
    throw unreadable(source.filename, 'the PDF has no text layer (a scan?); run it through OCR first or paste its text');
  }
  return text;
}

async function docxText(source: UploadedSource): Promise<string> {
  try {
    // HTML keeps paragraphs, footnote marks and the footnote list, which the parser reads as structure.
    const { value } = await mammoth.convertToHtml({ buffer: source.content });
    return value;
  } catch (error) {
    throw unreadable(source.filename, `the Word file cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function plainText(source: UploadedSource): string {
  if (source.content.includes(0)) throw unreadable(source.filename, 'this is a binary file, not text, PDF or Word (.docx)');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(source.content);
  const replaced = text.split('\uFFFD').length - 1;
  if (replaced > Math.max(5, text.length / 100)) throw unreadable(source.filename, 'the text is not UTF-8; save it as UTF-8 and try again');
  return text;
}

/** Text of an uploaded file: PDF through pdf.js, Word through mammoth, anything else read as UTF-8 text. */
export async function readSource(source: UploadedSource): Promise<SourceText> {
  if (source.content.length === 0) throw unreadable(source.filename, 'the file is empty');
  const kind = sniffKind(source.content);
  if (kind === 'pdf') return { kind, text: await pdfText(source) };
  if (kind === 'docx') return { kind, text: await docxText(source) };
  if (kind === 'zip') throw unreadable(source.filename, 'this is a ZIP archive, not a Word (.docx) document');
  return { kind, text: plainText(source) };
}
