/**
 * Review and sunset clauses: whether a resolution provides for its own reconsideration ("decides to review
 * ...", "decides to consider the question again at its eighty-first session") or for its end ("these
 * procedures shall apply only during the eightieth session", "the mandate will terminate"). The UN80
 * mandate review counts them; they are reported per resolution, apart from the obligations.
 */
import type { ParsedParagraph, ReviewClause } from './types';

const REVIEW: readonly RegExp[] = [
  /\b(decides|decision|agrees|resolves)\b,? (also |further |therefore )?to (review|reassess|re-examine|reconsider|revisit|evaluate|conduct a review|undertake a review|carry out a review|hold a review|keep [^;]{0,80}under (active |close |continuous |constant |regular )?review)\b/,
  /\b(decides|agrees)\b,? (also |further )?to (consider|examine|take up|revert to|return to) (the|this|that) (question|matter|issue|item|situation|subject)\b[^;]{0,80}\b(again|at its [a-z-]+(?: [a-z]+)? session|no later than|by [0-9])/,
  /\b(decides|agrees)\b,? (also |further )?to continue (its |the )?consideration of [^;]{0,120}\bat its [a-z-]+(?: [a-z]+)? session\b/,
  // "decides to revert to the standards of accommodation ... at the second part of its resumed seventy-ninth
  // session", "decides to continue to consider the question ... at its 2024 session".
  /\b(decides|agrees)\b,? (also |further )?to (revert to|return to|continue to consider|continue to examine)\b[^;]{0,160}\bat (?:the [a-z ]{3,40}? of )?its (?:resumed )?[0-9a-z-]+(?: [a-z]+)? session\b/,
  /\b(shall|will|should) be reviewed\b/,
  /\b(expresses its intention|intends|decides) (to )?review\b/,
  // "Affirms that it shall review", "the Council will review": the adopting organ's own review, not the duty of
  // a body it addresses ("that the Special Committee ... shall review the implementation of its proposals").
  /\b(?:that it|it|the (?:council|assembly|general assembly|security council|human rights council))(?:,[^,;]{1,80},)? (?:will|shall) (?:also |further )?review\b/,
  // "Decides that the Forum shall review the effectiveness of the arrangement in 2015": a review set for a time.
  /\b(?:will|shall) (?:also |further )?review\b[^;]{0,160}\b(?:in (?:19|20)[0-9]{2}|at its [0-9a-z-]+(?: [a-z]+)? session|by (?:19|20)[0-9]{2}|within [a-z0-9-]+ (?:years?|months?)|no later than)\b/,
];

const SUNSET: readonly RegExp[] = [
  /\b(shall|will|should) (terminate|expire|cease to (have effect|apply|exist)|lapse|come to an end)\b/,
  /\b(shall|will) (apply|remain in (force|effect)) only\b/,
  /\bapply only (during|until|for|to the)\b/,
  /\b(decides|agrees)\b,? (also |further )?to (terminate|discontinue|abolish|phase out|close)\b/,
  /\bfor a (final|last) period\b/,
  /\bsunset (clause|provision|date)\b/,
];

// Substring searches: far cheaper than one alternation tried at every position of every paragraph.
const CUES = [
  'review',
  'reassess',
  're-examine',
  'consider',
  'revisit',
  'evaluat',
  'examine',
  'take up',
  'revert',
  'return to',
  'terminat',
  'expire',
  'cease',
  'lapse',
  'come to an end',
  'apply only',
  'remain in',
  'discontinue',
  'abolish',
  'phase out',
  'close',
  'final period',
  'last period',
  'sunset',
];

function quoteAround(text: string, index: number): string {
  const start = Math.max(0, text.lastIndexOf(';', index) + 1, index - 160);
  const endSemi = text.indexOf(';', index);
  const end = Math.min(text.length, endSemi < 0 ? text.length : endSemi, index + 240);
  return text.slice(start, end).trim();
}

/** Review and sunset clauses of the operative paragraphs, in order. */
export function findReviewClauses(paragraphs: ParsedParagraph[]): ReviewClause[] {
  const out: ReviewClause[] = [];
  for (const p of paragraphs) {
    if (p.kind !== 'OPERATIVE') continue;
    const lower = p.text.toLowerCase();
    // Every pattern needs one of these words; most paragraphs have none, and are not scanned further.
    if (!CUES.some((cue) => lower.includes(cue))) continue;
    for (const [kind, patterns] of [
      ['REVIEW', REVIEW],
      ['SUNSET', SUNSET],
    ] as const) {
      for (const re of patterns) {
        const m = re.exec(lower);
        if (m !== null) {
          out.push({ paragraph: p.ref, kind, quote: quoteAround(p.text, m.index) });
          break;
        }
      }
    }
  }
  return out;
}
