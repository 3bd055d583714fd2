import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import { Environment } from '../config/environment';
import { readFileInWorker } from './reading/file-reader';
import { readLimitsOf, type ReadLimits } from './reading/read-limits';

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

function plainText(source: UploadedSource, limits: ReadLimits): string {
  if (source.content.includes(0)) throw unreadable(source.filename, 'this is a binary file, not text, PDF or Word (.docx)');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(source.content);
  const replaced = text.split('\uFFFD').length - 1;
  if (replaced > Math.max(5, text.length / 100)) throw unreadable(source.filename, 'the text is not UTF-8; save it as UTF-8 and try again');
  if (text.length > limits.IMPORT_MAX_TEXT_CHARACTERS) {
    throw new AppError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `${source.filename}: the file holds more than ${limits.IMPORT_MAX_TEXT_CHARACTERS} characters of text (limit IMPORT_MAX_TEXT_CHARACTERS=${limits.IMPORT_MAX_TEXT_CHARACTERS})`,
      { filename: source.filename, limit: 'IMPORT_MAX_TEXT_CHARACTERS', max: limits.IMPORT_MAX_TEXT_CHARACTERS },
    );
  }
  return text;
}

/** The limits a default installation applies, for callers outside the application (bulk import, seeds). */
export const defaultReadLimits = (): ReadLimits => readLimitsOf(new Environment());

/**
 * Text of an uploaded file: PDF (pdf.js) and Word (mammoth) are read in a
 * worker thread within `limits`; anything else is read here as UTF-8 text,
 * which costs no more than the upload's own size.
 */
export async function readSource(source: UploadedSource, limits: ReadLimits = defaultReadLimits()): Promise<SourceText> {
  if (source.content.length === 0) throw unreadable(source.filename, 'the file is empty');
  const kind = sniffKind(source.content);
  if (kind === 'zip') throw unreadable(source.filename, 'this is a ZIP archive, not a Word (.docx) document');
  if (kind === 'text') return { kind, text: plainText(source, limits) };
  const content = new Uint8Array(source.content);
  return { kind, text: await readFileInWorker({ filename: source.filename, kind, content, limits }) };
}
