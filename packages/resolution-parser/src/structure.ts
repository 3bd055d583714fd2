/**
 * Turns the body's blocks into preambular and operative paragraphs with sub-paragraphs, Akoma Ntoso
 * identifiers and the footnotes cited in each. Blocks that continue a paragraph (a page break, a
 * footnote block in between) are merged back first.
 */
import { appendPiece, joinSpacedHyphens, type Vocabulary } from './layout/join';
import { NUMBERED_START, SUB_START, endsWithTerminal, looksLikePreambleStart } from './layout/lines';
import { SECTION_LINE, type Block } from './layout/blocks';
import { leadVerb } from './lead';
import { isClauseVerb } from './obligations/verbs';
import { stripMarks } from './marks';
import type { Footnote, ParsedParagraph, ParseWarning } from './types';

const ROMANS = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
  'xvii',
  'xviii',
  'xix',
  'xx',
];

interface Draft {
  kind: 'PREAMBULAR' | 'OPERATIVE';
  number: number | null;
  letter: string | null;
  roman: string | null;
  section: string | null;
  /** A decision's lettered items with no paragraph number above them: referenced "(a)", "(b)". */
  bare?: boolean;
  parts: string[];
}

export interface Structure {
  paragraphs: ParsedParagraph[];
  warnings: ParseWarning[];
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

function lastText(prev: Draft): string {
  const last = prev.parts[prev.parts.length - 1] ?? '';
  return last.length > 200 ? last.slice(-200) : last;
}

/** "Decides ...", "Also requests ...": an unnumbered operative paragraph. */
function opensOperative(text: string): boolean {
  const words = text.slice(0, 40).toLowerCase().split(' ');
  const first = (words[0] === 'also' || words[0] === 'further' ? words[1] : words[0]) ?? '';
  return isClauseVerb(first.replace(/[,;:]$/, ''), undefined) || first === 'takes' || first === 'calls';
}

function isContinuation(prev: Draft, block: Block, expectedNumber: number): boolean {
  const t = block.text;
  const numbered = NUMBERED_START.exec(t);
  if (numbered && Number(numbered[1]) >= expectedNumber - 1 && Number(numbered[1]) <= expectedNumber + 3) return false;
  // Abridged copies leave paragraphs out ("13. ...;" then "19. Decides ..."): a numbered verb after a finished
  // paragraph starts a new one whatever its number.
  if (
    numbered &&
    Number(numbered[1]) > expectedNumber &&
    endsWithTerminal(lastText(prev)) &&
    /^[0-9]{1,3}\.\s+(?:(?:Also|Further) )?[A-Z][a-z]+s\b/.test(t)
  )
    return false;
  if (prev.kind === 'OPERATIVE' && SUB_START.test(t)) return false;
  const first = t[0] ?? '';
  if (/[a-z0-9(]/.test(first)) return true;
  // In the preamble a new paragraph opens with a participle or adjective ("Recalling", "Deeply concerned").
  if (prev.kind === 'PREAMBULAR' && !looksLikePreambleStart(t) && !opensOperative(t) && lastText(prev).endsWith(',')) return true;
  return !endsWithTerminal(lastText(prev));
}

/** Letter or roman-numeral sub-paragraph, decided by what came before ("(i)" after "(h)" is a letter). */
function placeSub(mark: string, prev: Draft): { letter: string | null; roman: string | null } | null {
  const romanIndex = ROMANS.indexOf(mark);
  const inRoman = prev.roman !== null;
  if (romanIndex >= 0 && inRoman && ROMANS[ROMANS.indexOf(prev.roman ?? '') + 1] === mark) {
    return { letter: prev.letter, roman: mark };
  }
  if (mark.length === 1 && (prev.letter === null ? mark === 'a' : mark === nextLetter(prev.letter))) {
    if (!(mark === 'i' && prev.letter !== 'h' && prev.letter !== null)) return { letter: mark, roman: null };
  }
  if (mark === 'i' && !inRoman) return { letter: prev.letter, roman: 'i' };
  return null;
}

/** No resolution comes near this many paragraphs; past it the input is not a resolution and parsing stops. */
export const MAX_PARAGRAPHS = 3000;

export function buildStructure(blocks: Block[], known: Set<string>, notes: Map<string, Footnote>, vocab: Vocabulary): Structure {
  const warnings: ParseWarning[] = [];
  const drafts: Draft[] = [];
  let lastNumber = 0;
  let section: string | null = null;
  let sectionsSeen = 0;
  // Between a section mark and its first numbered paragraph: the section's title and preamble.
  let afterSection = false;
  // Sections that number their paragraphs from 1 again (the Fifth Committee's omnibus texts) are part of each
  // reference ("II.3"); sections that continue the numbering (51/210) are not.
  let restarted = false;
  for (const block of blocks) {
    if (drafts.length >= MAX_PARAGRAPHS) {
      warnings.push({
        code: 'TOO_MANY_PARAGRAPHS',
        message: `more than ${MAX_PARAGRAPHS} paragraphs; the rest of the text was not parsed`,
      });
      break;
    }
    const prev = drafts[drafts.length - 1];
    // "I", "II", ...: a new section whose paragraphs are numbered from 1 again. The first section opens
    // right after the opening line or after a finished paragraph; later ones follow in order.
    const sectionMark = block.text.length <= 6 && block.text !== '' && SECTION_LINE.test(block.text) ? block.text.replace('.', '') : null;
    if (sectionMark !== null && ROMANS[sectionsSeen] === sectionMark.toLowerCase()) {
      section = sectionMark;
      sectionsSeen++;
      afterSection = true;
      continue;
    }
    const numberedStart = NUMBERED_START.exec(block.text);
    if (afterSection && numberedStart !== null && numberedStart[1] === '1' && lastNumber > 0) {
      restarted = true;
      lastNumber = 0;
    }
    if (afterSection && numberedStart === null && lastNumber > 0) {
      drafts.push({ kind: 'PREAMBULAR', number: null, letter: null, roman: null, section, parts: [block.text] });
      continue;
    }
    if (numberedStart !== null) afterSection = false;
    if (prev !== undefined && isContinuation(prev, block, lastNumber + 1)) {
      appendPiece(prev.parts, block.text, vocab);
      continue;
    }
    const numbered = NUMBERED_START.exec(block.text);
    if (numbered) {
      const n = Number(numbered[1]);
      const body = block.text.slice(numbered[0].length - 1);
      if (n === lastNumber && prev !== undefined && prev.number === n) {
        const same =
          prev.letter === null && prev.parts.length === 1 && stripMarks(prev.parts[0] ?? '', known).text === stripMarks(body, known).text;
        if (same) {
          warnings.push({ code: 'DUPLICATE_PARAGRAPH', message: `operative paragraph ${n} appears twice; the copy was dropped` });
        } else {
          warnings.push({ code: 'PARAGRAPH_NUMBER_REPEATED', message: `paragraph number ${n} repeats; the text was joined to it` });
          appendPiece(prev.parts, body, vocab);
        }
        continue;
      }
      if (n !== lastNumber + 1) {
        warnings.push({ code: 'PARAGRAPH_NUMBERING_GAP', message: `operative paragraph ${n} follows ${lastNumber}` });
      }
      lastNumber = n;
      drafts.push({ kind: 'OPERATIVE', number: n, letter: null, roman: null, section, parts: [body] });
      continue;
    }
    const sub = SUB_START.exec(block.text);
    if (
      sub &&
      sub[1] === 'a' &&
      lastNumber === 0 &&
      (prev === undefined || (prev.kind === 'PREAMBULAR' && endsWithTerminal(lastText(prev))))
    ) {
      // "the Economic and Social Council: (a) Decided ...; (b) Requested ...": one unnumbered paragraph of items.
      lastNumber = 1;
      drafts.push({
        kind: 'OPERATIVE',
        number: 1,
        letter: 'a',
        roman: null,
        section,
        bare: true,
        parts: [block.text.slice(sub[0].length - 1)],
      });
      continue;
    }
    if (sub && prev !== undefined && prev.kind === 'OPERATIVE' && sub[1] !== undefined) {
      const place = placeSub(sub[1], prev);
      if (place !== null) {
        drafts.push({
          kind: 'OPERATIVE',
          number: prev.number,
          ...place,
          section: prev.section,
          bare: prev.bare,
          parts: [block.text.slice(sub[0].length - 1)],
        });
        continue;
      }
      warnings.push({
        code: 'SUBPARAGRAPH_OUT_OF_ORDER',
        message: `sub-paragraph (${sub[1]}) in paragraph ${prev.number} is out of order; joined to the text`,
      });
      appendPiece(prev.parts, block.text, vocab);
      continue;
    }
    if (lastNumber > 0 && prev !== undefined) {
      appendPiece(prev.parts, block.text, vocab);
      continue;
    }
    drafts.push({ kind: 'PREAMBULAR', number: null, letter: null, roman: null, section, parts: [block.text] });
  }
  if (lastNumber === 0) numberUnnumbered(drafts, warnings);
  if (!restarted) for (const d of drafts) d.section = null;
  return { paragraphs: finish(drafts, known, notes, vocab), warnings };
}

/** A resolution with one operative paragraph prints no number: its operative part opens with a verb. */
function numberUnnumbered(drafts: Draft[], warnings: ParseWarning[]): void {
  let n = 0;
  for (const d of drafts) {
    const first = d.parts[0] ?? '';
    if (n > 0 || (!looksLikePreambleStart(first) && /^[A-Z][a-z]+s\b/.test(first))) {
      n++;
      d.kind = 'OPERATIVE';
      d.number = n;
    }
  }
  warnings.push({
    code: 'NO_NUMBERED_PARAGRAPHS',
    message: n > 0 ? 'no numbered operative paragraphs; operative paragraphs were numbered by position' : 'no operative paragraphs found',
  });
}

function finish(drafts: Draft[], known: Set<string>, notes: Map<string, Footnote>, vocab: Vocabulary): ParsedParagraph[] {
  let preamble = 0;
  return drafts.map((d, index) => {
    const stripped = stripMarks(d.parts.join(''), known);
    const marks = stripped.marks;
    const text = joinSpacedHyphens(stripped.text, vocab);
    const footnotes = marks.map((m) => notes.get(m)).filter((f): f is Footnote => f !== undefined);
    let eId: string;
    let ref: string;
    let subParagraph: string | null = null;
    if (d.kind === 'PREAMBULAR') {
      preamble++;
      eId = `preamble__para_${preamble}`;
      ref = `PP${preamble}`;
    } else {
      const sectionIndex = d.section === null ? -1 : ROMANS.indexOf(d.section.toLowerCase());
      eId = sectionIndex >= 0 ? `sec_${sectionIndex + 1}__para_${d.number}` : `para_${d.number}`;
      ref = d.section === null ? String(d.number) : `${d.section}.${d.number}`;
      if (d.letter !== null) {
        eId += `__list_1__point_${d.letter}`;
        subParagraph = `(${d.letter})`;
      }
      if (d.roman !== null) {
        eId += `__list_1__point_${d.roman}`;
        subParagraph = subParagraph === null ? `(${d.roman})` : `${subParagraph} (${d.roman})`;
      }
      if (subParagraph !== null) ref = d.bare === true ? subParagraph : `${ref} ${subParagraph}`;
    }
    return {
      eId,
      kind: d.kind,
      number: d.number,
      section: d.kind === 'OPERATIVE' ? d.section : null,
      subParagraph,
      ref,
      position: index + 1,
      leadVerb: subParagraph === null ? leadVerb(text) : null,
      text,
      footnotes,
    };
  });
}
