/**
 * Footnote texts are printed away from where they are cited: after a "_____" rule at the bottom of a PDF
 * page (often in the middle of a paragraph), as <sup>n</sup> lines between Markdown paragraphs, or as a
 * list after the closing lines of a word-processor export. This pass lifts them out of the flow so the
 * paragraph they interrupt reads on, and keeps their texts by mark.
 */
import type { SourceFormat } from '../types';
import { MARK_CLOSE, MARK_OPEN } from '../format/normalise';
import { NUMBERED_START, SUB_START, type Line } from './lines';

export interface FootnoteBlocks {
  lines: Line[];
  /** Footnote texts by mark, in order of appearance. */
  notes: Map<string, string>;
}

const SEPARATOR = /^(_{5,}|-{5,})$/;
const PLAIN_START = /^([0-9]{1,3}|\*{1,3})\s+(\S.*)$/;
const DATE_ONLY = /^(January|February|March|April|May|June|July|August|September|October|November|December)\s[0-9]{4}\b/;

interface Start {
  marker: string;
  text: string;
}

function tokenStart(text: string): Start | null {
  if (!text.startsWith(MARK_OPEN)) return null;
  const close = text.indexOf(MARK_CLOSE);
  if (close < 0 || close > 8) return null;
  return { marker: text.slice(1, close), text: text.slice(close + 1).trim() };
}

export function extractFootnoteBlocks(lines: Line[], format: SourceFormat): FootnoteBlocks {
  const notes = new Map<string, string>();
  const out: Line[] = [];
  let expected = 1;
  let inBlock = false;
  let current: string | null = null;
  let currentWidth = 0;
  const markup = format === 'MARKDOWN' || format === 'HTML';

  const startAt = (index: number, afterRule: boolean): Start | null => {
    const line = lines[index];
    if (line === undefined || line.text === '') return null;
    const token = tokenStart(line.text);
    if (token !== null) return token;
    if (markup || (line.indent && format !== 'WORD_TEXT' && !inBlock)) return null;
    const m = PLAIN_START.exec(line.text);
    if (m === null || m[1] === undefined || m[2] === undefined) return null;
    if (DATE_ONLY.test(m[2]) || /^(plenary|meeting)\b/.test(m[2])) return null;
    if (m[1].startsWith('*')) return { marker: m[1], text: m[2] };
    const n = Number(m[1]);
    if (n === expected || (afterRule && n > expected && n <= expected + 3)) return { marker: m[1], text: m[2] };
    return null;
  };

  const nextNonBlank = (index: number): number => {
    let j = index;
    while (j < lines.length && (lines[j]?.text ?? '') === '') j++;
    return j;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (SEPARATOR.test(line.text)) {
      inBlock = true;
      current = null;
      out.push({ text: '', indent: false });
      continue;
    }
    const prevBlank = i === 0 || (lines[i - 1]?.text ?? '') === '';
    const allowPlain = inBlock || prevBlank || format === 'WORD_TEXT';
    const start: Start | null = allowPlain || tokenStart(line.text) !== null ? startAt(i, inBlock && current === null) : null;
    if (start !== null) {
      notes.set(start.marker, start.text);
      current = start.marker;
      currentWidth = line.width ?? 0;
      if (/^[0-9]+$/.test(start.marker)) expected = Math.max(expected, Number(start.marker) + 1);
      inBlock = true;
      continue;
    }
    if (inBlock) {
      if (line.text === '') {
        const j = nextNonBlank(i);
        const upcoming = lines[j];
        const continues = upcoming !== undefined && (SEPARATOR.test(upcoming.text) || startAt(j, false) !== null);
        if (!continues) {
          inBlock = false;
          current = null;
        }
        out.push(line);
        continue;
      }
      // Seeds-style PDF text resumes the body on an indented line; layout-preserving text indents
      // footnotes too, so there the body shows by a shallower indentation.
      const width = line.width ?? 0;
      const shifted = currentWidth === 0 ? line.indent : width < currentWidth - 1;
      const bodyResumes = (shifted && format !== 'WORD_TEXT') || NUMBERED_START.test(line.text) || SUB_START.test(line.text);
      if (current !== null && !bodyResumes) {
        notes.set(current, `${notes.get(current) ?? ''} ${line.text}`.trim());
        continue;
      }
      inBlock = false;
      current = null;
    }
    out.push(line);
  }
  return { lines: out, notes };
}
