/**
 * The kind of an action: a report, a meeting to convene, or another task. Decided by the main verb of
 * the infinitive ("to submit", "to convene"), not by any word in the object, so "to develop ... standard
 * reports" stays a task.
 */
import type { ObligationKind } from '../types';
import type { ActorCategory } from './actors';

const AUXILIARIES = new Set([
  'continue',
  'to',
  'further',
  'also',
  'regularly',
  'urgently',
  'promptly',
  'expeditiously',
  'duly',
  'periodically',
  'formally',
  'fully',
  'then',
  'thereafter',
  'thereon',
  'jointly',
  'once',
  'again',
  'still',
  'immediately',
]);
const REPORT_VERBS = new Set(['report', 'submit', 'present', 'brief', 'inform']);
const REPORT_NOUNS = /\b(report|reports|note|update|updates|briefing|briefings|study|analysis)\b/;
const MEETING_VERBS = new Set(['convene', 'hold', 'organize', 'organise', 'host']);
const MEETING_NOUNS =
  /\b(meeting|meetings|conference|summit|session|dialogue|forum|event|panel|symposium|debate|seminar|workshop|consultations|commemoration|retreat|round ?table)\b/;

// The same action is asked about several times in a row (report? meeting? its verb?): the last split is kept.
let lastAction: string | null = null;
let lastWords: string[] = [];

function words(action: string): string[] {
  if (action === lastAction) return lastWords;
  lastWords = action
    .slice(0, 400)
    .toLowerCase()
    .split(/[\s,;:]+/, 40)
    .filter((w) => w !== '');
  lastAction = action;
  return lastWords;
}

export function mainVerb(action: string): string {
  const w = words(action);
  let i = 0;
  while (i < w.length - 1 && AUXILIARIES.has(w[i] as string)) i++;
  return w[i] ?? '';
}

const ANOTHERS_REPORT = /\bthe (?:[a-z-]+ ){0,2}(?:report|reports|note|study) of\b/;

export function isReportAction(action: string): boolean {
  const verb = mainVerb(action);
  if (REPORT_VERBS.has(verb)) return true;
  const head = words(action).slice(0, 30).join(' ');
  if (verb === 'keep' && /\b(informed|updated|apprised|briefed|abreast)\b/.test(head)) return true;
  if (
    verb === 'include' &&
    /\b(in|within) (his|her|its|their|the) (next |annual |forthcoming |regular |comprehensive |periodic |subsequent )?(reports?|reporting|briefings?)\b/.test(
      head,
    )
  )
    return true;
  if (['prepare', 'provide', 'transmit', 'issue', 'produce', 'make', 'compile'].includes(verb)) {
    const w = words(action);
    // "to prepare and submit ... a report": the coordinated verb says what is delivered.
    if (w[1] === 'and' && REPORT_VERBS.has(w[2] ?? '')) return true;
    // The object may come after an addressee and an aside: "provide to the Council, after discussion with
    // the Committee, a midterm report". "at its seventy-ninth session" says when, not what.
    const object = w
      .slice(1, 20)
      .join(' ')
      .replace(/\b(at|to|for|before|during|by) (its|the|their) ([a-z-]+ ){0,3}sessions?\b/g, ' ');
    // The first of them is what is made: "prepare a report ... for the consideration of the Forum" is a report,
    // "prepare the high-level meeting ... and its report" is not.
    const report = object.search(REPORT_NOUNS);
    const meeting = object.search(MEETING_NOUNS);
    // "transmit to the Commission the annual report of the Conference": another body's report, passed on.
    if (report >= 0 && ANOTHERS_REPORT.test(object.slice(Math.max(0, report - 30)))) return false;
    return report >= 0 && (meeting < 0 || report < meeting);
  }
  return false;
}

// "to meet the needs of" is no meeting; "meet from 24 February", "meet regularly", "meet in Vienna" are.
const MEETS_OBJECT = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'all',
  'these',
  'those',
  'such',
  'any',
  'this',
  'that',
  'basic',
  'growing',
]);
const CONVENED_BODY = /\b(committee|commission|group|panel|body|forum|conference|assembly|council)\b/;

export function isMeetingAction(action: string): boolean {
  const verb = mainVerb(action);
  const w = words(action);
  if (verb === 'meet') {
    const next = w[w.indexOf('meet') + 1] ?? '';
    return (
      !MEETS_OBJECT.has(next) &&
      !/^(needs?|requirements?|targets?|goals?|demands?|commitments?|obligations?|criteria|expectations)$/.test(next)
    );
  }
  if (!MEETING_VERBS.has(verb)) return false;
  const object = w.slice(1, 12).join(' ');
  // "to convene a preparatory committee": convening a body is calling it to meet.
  return MEETING_NOUNS.test(object) || (verb === 'convene' && CONVENED_BODY.test(w.slice(1, 5).join(' ')));
}

export function kindOf(action: string, category: ActorCategory): ObligationKind {
  if (category === 'STATES') return 'STATE_ACTION';
  if (isReportAction(action)) return 'REPORT';
  if (isMeetingAction(action)) return 'MEETING';
  return 'TASK';
}

const NOT_A_VERB = new Set([
  'the',
  'a',
  'an',
  'all',
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'those',
  'other',
  'relevant',
  'member',
  'both',
]);

/** Splits "to X ..., and to Y ..." into its coordinated infinitives ("and to the Assembly" is no new action). */
export function splitInfinitives(action: string): string[] {
  const joint = /(,? and (?:also )?to |; and to |, as well as to |; to )([a-z][a-z-]{0,30})/g;
  const parts: string[] = [];
  let from = 0;
  for (let m = joint.exec(action); m !== null && parts.length < 8; m = joint.exec(action)) {
    const word = m[2] ?? '';
    if (NOT_A_VERB.has(word)) continue;
    parts.push(action.slice(from, m.index).trim());
    from = m.index + m[0].length - word.length;
  }
  parts.push(action.slice(from).trim());
  return parts.filter((p) => p !== '');
}
