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

function words(action: string): string[] {
  return action
    .slice(0, 400)
    .toLowerCase()
    .split(/[\s,;:]+/, 40)
    .filter((w) => w !== '');
}

export function mainVerb(action: string): string {
  const w = words(action);
  let i = 0;
  while (i < w.length - 1 && AUXILIARIES.has(w[i] as string)) i++;
  return w[i] ?? '';
}

export function isReportAction(action: string): boolean {
  const verb = mainVerb(action);
  if (REPORT_VERBS.has(verb)) return true;
  const head = words(action).slice(0, 30).join(' ');
  if (verb === 'keep' && /\binformed\b/.test(head)) return true;
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
    return REPORT_NOUNS.test(object) && !MEETING_NOUNS.test(object);
  }
  return false;
}

export function isMeetingAction(action: string): boolean {
  const verb = mainVerb(action);
  if (!MEETING_VERBS.has(verb)) return false;
  return MEETING_NOUNS.test(words(action).slice(1, 12).join(' '));
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
