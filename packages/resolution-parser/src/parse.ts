/**
 * parseResolution: text in any of the supported layouts to structure. The steps run in a fixed order:
 * characters, format, footnote blocks, page furniture, blocks, heading and closing, paragraphs, marks,
 * recalls. Never throws: anything unexpected becomes a warning and an emptier result.
 */
import { BODY_CODES, bodyFromName } from './bodies';
import { detectFormat } from './format/detect';
import { htmlToText } from './format/html';
import { markdownToText } from './format/markdown';
import { normaliseCharacters } from './format/normalise';
import { stripParagraphLabels } from './format/labels';
import { cleanWordExport, odsSymbol } from './format/word';
import { findClosing, OPENER, readAgendaItem, readClosing, readHeading } from './heading';
import { firstDate } from './dates';
import { buildBlocks, type Block } from './layout/blocks';
import { extractFootnoteBlocks } from './layout/footnote-blocks';
import { removeFurniture } from './layout/furniture';
import { buildVocabulary, type Vocabulary } from './layout/join';
import { NUMBERED_START, looksLikePreambleStart, toLines, type Line } from './layout/lines';
import { findAcknowledgedReports, findRecalls } from './recalls';
import { findReviewClauses } from './review';
import { buildStructure } from './structure';
import { expandSymbols } from './symbol-scan';
import type { Body, Footnote, ParsedResolution, ParseOptions, ParseWarning, SourceFormat } from './types';

export function emptyResolution(format: SourceFormat, warnings: ParseWarning[]): ParsedResolution {
  return {
    symbol: null,
    body: null,
    session: null,
    number: null,
    title: null,
    adoptedOn: null,
    meeting: null,
    committeeReport: null,
    mainCommittee: null,
    agendaItemNumber: null,
    agendaItem: null,
    format,
    recalls: [],
    acknowledgedReports: [],
    paragraphs: [],
    reviewClauses: [],
    hasReviewClause: false,
    footnotes: [],
    warnings,
  };
}

/** A heading is a few dozen lines at most; a longer one means the text is not laid out as a resolution. */
const HEAD_LINES = 150;

const OPENER_WITH_TEXT = /^(The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council),)\s+(\S.*)$/;

interface Zones {
  head: Block[];
  body: Block[];
  opener: Body | null;
  /** "At its 12th plenary meeting, on 14 February 2024, the Economic and Social Council:" opens a decision. */
  decision: { meeting: string; date: string | null } | null;
}

// A decision's operative part opens with its meeting and date, then the organ and what it did ("decided", or a
// colon before lettered items in the past tense).
const DECISION_OPENER =
  /^At its ([0-9]{1,5}(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting),? on ([0-9]{1,2} [A-Z][a-z]+,? [0-9]{4}),? the (General Assembly|Security Council|Human Rights Council|Economic and Social Council)\b,?(?:[^:]{0,200}?:)?\s*(.*)$/;

/**
 * Splits the text at "The General Assembly," (or its equivalent). Heading lines stay one block each, so
 * that the short symbol, adoption line and committee report are found even when a PDF has no blank lines;
 * a blank line is kept as an empty block because it ends a title.
 */
function splitAtOpener(lines: Line[], format: SourceFormat, vocab: Vocabulary, warnings: ParseWarning[]): Zones {
  let split = lines;
  if (lines.some((l) => l.text.startsWith('The ') && OPENER_WITH_TEXT.test(l.text))) {
    split = [];
    for (const line of lines) {
      const m = OPENER_WITH_TEXT.exec(line.text);
      if (m && m[1] !== undefined && m[2] !== undefined) split.push({ text: m[1], indent: line.indent }, { text: m[2], indent: true });
      else split.push(line);
    }
  }
  const at = split.findIndex((l) => l.text.startsWith('The ') && OPENER.test(l.text));
  if (at >= 0) {
    return {
      head: split.slice(Math.max(0, at - HEAD_LINES), at).map((l) => ({ text: l.text, indented: l.indent })),
      body: buildBlocks(split.slice(at + 1), format, vocab),
      opener: bodyFromName(split[at]!.text),
      decision: null,
    };
  }
  const decisionAt = split.findIndex((l, i) => i < HEAD_LINES && l.text.startsWith('At its ') && DECISION_OPENER.test(l.text));
  if (decisionAt >= 0) {
    const m = DECISION_OPENER.exec(split[decisionAt]!.text)!;
    const rest = (m[4] ?? '').trim();
    // "... the Council decided that ...": what it decided is the one operative paragraph.
    const first = rest === '' ? [] : [{ text: rest.charAt(0).toUpperCase() + rest.slice(1), indent: true }];
    return {
      head: split.slice(0, decisionAt).map((l) => ({ text: l.text, indented: l.indent })),
      body: buildBlocks([...first, ...split.slice(decisionAt + 1)], format, vocab),
      opener: bodyFromName(m[3] ?? ''),
      decision: { meeting: m[1] ?? '', date: firstDate(m[2] ?? '') },
    };
  }
  warnings.push({
    code: 'NO_OPENING_LINE',
    message: 'no "The General Assembly," line; the body was taken to start at the first paragraph',
  });
  const first = split.findIndex((l) => NUMBERED_START.test(l.text) || looksLikePreambleStart(l.text));
  const cut = first < 0 || first > HEAD_LINES ? Math.min(HEAD_LINES, split.length) : first;
  return {
    head: split.slice(0, cut).map((l) => ({ text: l.text, indented: l.indent })),
    body: buildBlocks(split.slice(cut), format, vocab),
    opener: null,
    decision: null,
  };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (sample.length < 20) return false;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || c === 32) letters++;
  }
  return letters / sample.length < 0.5;
}

function parseUnsafe(input: unknown): ParsedResolution {
  const warnings: ParseWarning[] = [];
  if (typeof input !== 'string') {
    warnings.push({ code: 'NOT_TEXT', message: 'the input is not text' });
    return emptyResolution('PLAIN', warnings);
  }
  const normalised = normaliseCharacters(input);
  if (normalised.trim() === '') {
    warnings.push({ code: 'EMPTY', message: 'the text is empty' });
    return emptyResolution('PLAIN', warnings);
  }
  if (looksBinary(normalised))
    warnings.push({ code: 'NOT_PROSE', message: 'the text does not look like prose (binary or encoded content?)' });
  const format = detectFormat(normalised);
  let text = format === 'HTML' ? htmlToText(normalised) : format === 'MARKDOWN' ? markdownToText(normalised) : normalised;
  const ods = odsSymbol(text);
  if (format === 'WORD_TEXT' || ods !== null) text = cleanWordExport(text);
  text = stripParagraphLabels(text);

  const footnoteBlocks = extractFootnoteBlocks(toLines(text), format);
  const furniture = removeFurniture(footnoteBlocks.lines);
  const vocab = buildVocabulary(text);
  const { head, body, opener, decision } = splitAtOpener(furniture.lines, format, vocab, warnings);
  const closingAt = findClosing(body);
  const closing = readClosing(body, closingAt);
  const bodyBlocks = closingAt >= 0 ? body.slice(0, closingAt) : body;
  if (closingAt >= 0 && body.slice(closingAt + 2).some((b) => b.text.length > 200)) {
    warnings.push({ code: 'TEXT_AFTER_CLOSING', message: 'text after the closing meeting line (an annex?) was not parsed as paragraphs' });
  }

  const heading = readHeading(head, opener, { headerSymbols: furniture.headerSymbols, odsSymbol: ods });
  const bodyCode = BODY_CODES[heading.body ?? 'GENERAL_ASSEMBLY'];
  const notes = new Map<string, Footnote>();
  for (const [marker, noteText] of footnoteBlocks.notes) {
    notes.set(marker, { marker, text: noteText, symbols: expandSymbols(noteText, bodyCode) });
  }
  const known = new Set(notes.keys());
  const structure = buildStructure(bodyBlocks, known, notes, vocab);
  warnings.push(...structure.warnings);
  const agenda = readAgendaItem(normalised);
  const reviewClauses = findReviewClauses(structure.paragraphs);

  // A decision's symbol is E/DEC/..., A/DEC/... rather than the resolution's /RES/.
  const symbol = decision !== null && heading.symbol !== null ? heading.symbol.replace('/RES/', '/DEC/') : heading.symbol;
  const result: ParsedResolution = {
    symbol,
    body: heading.body,
    session: heading.session,
    number: heading.number,
    title: heading.title,
    adoptedOn: heading.adoptedOn ?? closing.date ?? decision?.date ?? null,
    meeting: closing.meeting ?? heading.meeting ?? (decision === null ? null : decision.meeting),
    committeeReport: heading.committeeReport,
    mainCommittee: heading.mainCommittee,
    agendaItemNumber: agenda.number,
    agendaItem: agenda.item,
    format,
    recalls: findRecalls(structure.paragraphs, bodyCode),
    acknowledgedReports: findAcknowledgedReports(structure.paragraphs),
    paragraphs: structure.paragraphs,
    reviewClauses,
    hasReviewClause: reviewClauses.length > 0,
    footnotes: [...notes.values()],
    warnings,
  };
  if (result.symbol === null) warnings.push({ code: 'NO_SYMBOL', message: 'no resolution symbol found' });
  if (result.title === null) warnings.push({ code: 'NO_TITLE', message: 'no title found' });
  if (!result.paragraphs.some((p) => p.kind === 'OPERATIVE'))
    warnings.push({ code: 'NO_OPERATIVE_PARAGRAPHS', message: 'no operative paragraphs found' });
  return result;
}

/** Structure of a resolution text. Pure; never throws. */
// Options only affect obligation extraction today; the parameter keeps one signature for both calls.
export function parseResolution(text: string, _options: ParseOptions = {}): ParsedResolution {
  try {
    return parseUnsafe(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return emptyResolution('PLAIN', [{ code: 'INTERNAL_ERROR', message: `the parser failed: ${message}` }]);
  }
}
