import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { ReadLimits } from './read-limits';
import { checkTextLength, LimitExceeded, Unreadable } from './read-outcome';

/** A paragraph opens with <w:p>, <w:p …> or is the empty <w:p/>; <w:pPr> and friends are not paragraphs. */
const PARAGRAPH = /<w:p[\s>/]/g;

/**
 * Decompresses every part of the archive as a stream, stopping as soon as the
 * parts together exceed the limit, and counts the body's paragraphs on the way.
 * The sizes a ZIP declares are not trusted: a bomb can declare anything.
 */
async function checkParts(zip: JSZip, limits: ReadLimits): Promise<void> {
  let total = 0;
  let paragraphs = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const isBody = entry.name === 'word/document.xml';
    let carry = '';
    const countChunk = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > limits.IMPORT_MAX_DECOMPRESSED_BYTES) {
        throw new LimitExceeded(
          'IMPORT_MAX_DECOMPRESSED_BYTES',
          limits.IMPORT_MAX_DECOMPRESSED_BYTES,
          undefined,
          `the Word file decompresses to more than ${limits.IMPORT_MAX_DECOMPRESSED_BYTES} bytes (a ZIP bomb?)`,
        );
      }
      if (!isBody) return;
      // latin1 keeps one character per byte, so a tag split across two chunks is found in carry + chunk.
      const text = carry + chunk.toString('latin1');
      paragraphs += (text.match(PARAGRAPH) ?? []).length - (carry.match(PARAGRAPH) ?? []).length;
      carry = text.slice(-4);
      if (paragraphs > limits.IMPORT_MAX_DOCX_PARAGRAPHS) {
        throw new LimitExceeded(
          'IMPORT_MAX_DOCX_PARAGRAPHS',
          limits.IMPORT_MAX_DOCX_PARAGRAPHS,
          undefined,
          `the Word file has more than ${limits.IMPORT_MAX_DOCX_PARAGRAPHS} paragraphs`,
        );
      }
    };
    // jszip's stream is an old-style one (events only); pausing it stops the decompression there.
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        try {
          countChunk(chunk);
        } catch (error) {
          stream.pause();
          stream.removeAllListeners();
          reject(error);
        }
      });
      stream.on('error', (error: Error) => reject(new Unreadable(`the Word file is damaged (${error.message})`)));
      stream.on('end', () => resolve());
    });
  }
}

/** HTML of a Word file: it keeps paragraphs, footnote marks and the footnote list, which the parser reads as structure. */
export async function docxText(content: Uint8Array, limits: ReadLimits): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch (error) {
    throw new Unreadable(`the Word file cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  await checkParts(zip, limits);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(content.buffer, content.byteOffset, content.length) })).value;
  } catch (error) {
    throw new Unreadable(`the Word file cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  checkTextLength(html.length, limits);
  return html;
}
