/** A physical line of the cleaned text, remembering whether it was indented (PDF paragraph starts are). */
import { MARK_CLOSE, MARK_OPEN } from '../format/normalise';

export interface Line {
  text: string;
  indent: boolean;
  /** Leading white space in columns (a tab counts 4); layout-preserving PDF extraction indents every line. */
  width?: number;
}

function leadingWidth(raw: string): number {
  let w = 0;
  for (let i = 0; i < raw.length && i < 200; i++) {
    if (raw[i] === ' ') w++;
    else if (raw[i] === '\t') w += 4;
    else break;
  }
  return w;
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((raw) => {
    const trimmed = raw.trim();
    const text = trimmed.includes('\t') ? trimmed.replace(/\t+/g, ' ') : trimmed;
    const width = text === '' ? 0 : leadingWidth(raw);
    return { text, indent: width > 0, width };
  });
}

/** Text with trailing footnote marks, asterisks and spaces removed, to look at its real last character. */
export function withoutTrailingMarks(text: string): string {
  let end = text.length;
  for (;;) {
    const before = end;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '*')) end--;
    if (text[end - 1] === MARK_CLOSE) {
      const open = text.lastIndexOf(MARK_OPEN, end - 1);
      if (open >= 0) end = open;
    }
    // "report;15": digits glued to punctuation are a footnote mark.
    let d = end;
    while (d > 0 && d > end - 3 && /[0-9]/.test(text[d - 1] ?? '')) d--;
    if (d < end && /[;:,.]/.test(text[d - 1] ?? '')) end = d;
    if (end === before) break;
  }
  return text.slice(0, end);
}

/** Does the text end a sentence or list item (",", ";", ":", ".") once footnote marks are ignored? */
export function endsWithTerminal(text: string): boolean {
  const t = withoutTrailingMarks(text);
  const last = t[t.length - 1];
  return last === ',' || last === ';' || last === ':' || last === '.' || t.endsWith('; and') || t.endsWith('; or');
}

export const NUMBERED_START = /^([0-9]{1,3})\.\s+(\S)/;
/** The closing "76th plenary meeting", "64th (resumed) plenary meeting", "34th meeting" of a resolution. */
export const MEETING_LINE = /^([0-9]{1,5})(st|nd|rd|th) (\(resumed\) )?(plenary )?meeting\b/;
export const SUB_START = /^\(([a-z]{1,2}|[ivxl]{1,6})\)\s+(\S)/;

/** Adjectives and participles that open preambular paragraphs without ending in "-ing". */
const PREAMBLE_OPENERS = new Set([
  'Deeply',
  'Gravely',
  'Seriously',
  'Strongly',
  'Alarmed',
  'Concerned',
  'Convinced',
  'Encouraged',
  'Mindful',
  'Aware',
  'Conscious',
  'Determined',
  'Guided',
  'Cognizant',
  'Desirous',
  'Appreciative',
  'Reaffirming',
  'Fully',
  'Further',
  'Also',
  'Bearing',
  'Having',
  'Profoundly',
  'Greatly',
  'Firmly',
  'Keenly',
  'Disturbed',
  'Dismayed',
  'Distressed',
  'Shocked',
  'Outraged',
  'Pleased',
  'Satisfied',
  'Welcoming',
  'Resolved',
  'Taking',
  'Acknowledging',
  'Stressing',
  'Underlining',
  'Recognizing',
  'Noting',
  'Recalling',
  'Emphasizing',
  'Committed',
  'Confident',
  'Saddened',
  'Troubled',
  'Heartened',
  'Inspired',
  'Persuaded',
  'Seized',
  'Cognisant',
  'Acutely',
  'Equally',
  'Particularly',
  'Mindful',
  'Appalled',
  'Horrified',
  'Regretting',
  'Hopeful',
]);

/** Could this line open a preambular paragraph ("Recalling", "Deeply concerned")? */
export function looksLikePreambleStart(text: string): boolean {
  const first = /^([A-Z][a-z]{2,20})\b/.exec(text)?.[1];
  if (first === undefined) return false;
  return first.endsWith('ing') || PREAMBLE_OPENERS.has(first);
}
