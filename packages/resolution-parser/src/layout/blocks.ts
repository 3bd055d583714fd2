/**
 * Groups cleaned lines into blocks, each a candidate paragraph. A block ends at a blank line, before a
 * numbered paragraph or a sub-paragraph mark, and (for PDF text without blank lines) before an indented
 * line or a preambular opener that follows a finished clause. Blocks split too eagerly are merged back
 * by the structure pass, which knows whether a paragraph has ended.
 */
import type { SourceFormat } from '../types';
import { appendPiece, type Vocabulary } from './join';
import { MEETING_LINE, NUMBERED_START, SUB_START, endsWithTerminal, looksLikePreambleStart, type Line } from './lines';

export interface Block {
  text: string;
  /** The block began on an indented line (PDF paragraph starts are indented). */
  indented: boolean;
}

/** A section heading of a resolution in parts: a roman numeral alone. */
export const SECTION_LINE = /^(?:X{0,2})(?:IX|IV|V?I{0,3})\.?$/;

const OPENER_LINE = /^The [A-Z][A-Za-z ]{2,40},$/;

// "1.    Approves ..." under a section title that ends without punctuation; not "... in paragraph / 5. Requests".
const NUMBERED_VERB = /^[0-9]{1,3}\.\s+(?:(?:Also|Further|Again) )?[A-Z][a-z]{2,}s\b/;
const REFERENCE_END =
  /\b(?:paragraphs?|paras?\.|sections?|chapters?|annex(?:es)?|resolutions?|articles?|rules?|items?|and|or|of|to|in|the|under|see|No\.)$/i;

function opensAfterHeadingLine(prev: string, line: string): boolean {
  return NUMBERED_VERB.test(line) && !REFERENCE_END.test(prev);
}

function startsNew(prev: Line, line: Line, format: SourceFormat): boolean {
  if (format === 'WORD_TEXT') return true;
  const terminal = endsWithTerminal(prev.text);
  const c = line.text.charCodeAt(0);
  // The closing meeting line and the date under it stand apart even when no blank line sets them off.
  if (c >= 48 && c <= 57 && terminal && MEETING_LINE.test(line.text)) return true;
  if (prev.text.charCodeAt(0) <= 57 && MEETING_LINE.test(prev.text)) return true;
  if (c >= 48 && c <= 57 && NUMBERED_START.test(line.text) && (terminal || opensAfterHeadingLine(prev.text, line.text))) return true;
  if (terminal && c === 40 && SUB_START.test(line.text)) return true;
  if (format === 'PDF_TEXT' && terminal) {
    const w = line.width ?? 0;
    const pw = prev.width ?? 0;
    // A first line is indented deeper than the lines that continue it (by one space or by a layout column).
    if (w > pw || (line.indent && w <= 2 && pw <= 2)) return true;
  }
  if (prev.text.startsWith('The ') && OPENER_LINE.test(prev.text)) return true;
  if (c < 65 || c > 90) return false;
  if (prev.text.endsWith(',') && looksLikePreambleStart(line.text)) return true;
  return line.text.startsWith('The ') && OPENER_LINE.test(line.text);
}

// "...; 10. Confirms its determination ...; 11. Reaffirms ...": operative paragraphs run together on one line.
const INLINE_PARAGRAPH = /; ([0-9]{1,3})\. (?=(?:Also |Further |Again )?[A-Z][a-z]+s\b)/g;

/** Splits a line where a numbered operative paragraph starts after a semicolon. */
function splitRunTogether(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.length > 200 && l.text.includes('; '))) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    if (line.text.length <= 200 || !INLINE_PARAGRAPH.test(line.text)) {
      out.push(line);
      continue;
    }
    INLINE_PARAGRAPH.lastIndex = 0;
    let from = 0;
    for (let m = INLINE_PARAGRAPH.exec(line.text); m !== null; m = INLINE_PARAGRAPH.exec(line.text)) {
      out.push({ ...line, text: line.text.slice(from, m.index + 1) });
      from = m.index + 2;
    }
    out.push({ ...line, text: line.text.slice(from) });
  }
  return out;
}

export function buildBlocks(input: Line[], format: SourceFormat, vocab: Vocabulary): Block[] {
  const lines = splitRunTogether(input);
  const blocks: Block[] = [];
  let current: { parts: string[]; indented: boolean } | null = null;
  let prev: Line | null = null;
  const close = () => {
    if (current !== null) blocks.push({ text: current.parts.join(''), indented: current.indented });
    current = null;
  };
  let pendingMark: Line | null = null;
  for (const original of lines) {
    let line = original;
    // A number or sub-paragraph mark alone on its line belongs to the text on the next one.
    if (/^([0-9]{1,3}\.|\([a-z]{1,4}\))$/.test(line.text)) {
      pendingMark = line;
      continue;
    }
    if (pendingMark !== null && line.text !== '') {
      line = { text: `${pendingMark.text} ${line.text}`, indent: pendingMark.indent || line.indent };
      pendingMark = null;
    }
    if (line.text === '') {
      close();
      prev = null;
      continue;
    }
    // A roman numeral alone on its line opens a section ("I", "II."): a block of its own.
    if (line.text.length <= 6 && SECTION_LINE.test(line.text)) {
      close();
      blocks.push({ text: line.text, indented: line.indent });
      prev = null;
      continue;
    }
    if (current !== null && prev !== null && startsNew(prev, line, format)) close();
    if (current === null) current = { parts: [line.text], indented: line.indent };
    else appendPiece(current.parts, line.text, vocab);
    prev = line;
  }
  close();
  return blocks;
}
