/**
 * Candidates from a clause opened by an asking verb ("requests", "encourages", "calls upon" ...): the
 * actor, then one candidate per distinct kind among its coordinated infinitives.
 */
import type { ObligationKind } from '../types';
import type { DueSession } from './due';
import { namedBody } from './due';
import { BODY_NAMES } from '../bodies';
import { resolveActor, splitActorAndAction, thatSubject, type Actor } from './actors';
import { kindOf, splitInfinitives } from './kind';

export interface Candidate {
  kind: ObligationKind;
  strength: 'mandatory' | 'hortatory';
  verb: string;
  actor: Actor;
  action: string;
  /** Text that may hold the due session or date (the action plus any parenthetical before it). */
  dueText: string;
  quote: string;
  confidence: number;
  agendaTitle?: string | null;
  /** A due date read by the clause's own rule (a mandate's end), used instead of the generic reading. */
  fixedDue?: { date: string | null; relative: boolean; session?: DueSession | null };
  /** An actor this clause brings in that a later "it" refers to ("establishes a working group ... requests it"). */
  introduces?: Actor;
}

function hasDue(text: string): boolean {
  return / session\b| [0-9]{4}\b|\bwithin\b|\bevery\b/.test(text);
}

const REPORT_FROM =
  /^(?:(?:within|by|no later than|not later than|every) [^,;]{1,40}?,? )?(?:a|an) (?:[a-z-]+ ){0,3}(?:report|update|briefing)s? from (?:the )?([A-Z][^,;]{2,100}?)(?=,| on | to | by | within | no later | regarding | about |;|$)/;

// "Recommends to the Economic and Social Council that it request the Commission ...": the organ addressed acts.
const ADDRESSED = /^to (?:the )?([A-Z][^,;]{2,120}?),? that (?:it|they) /;

/** Candidates of one clause opened by an asking verb other than "decides". */
export function askingCandidates(
  clause: string,
  objectText: string,
  verb: { lemma: string; strength: 'mandatory' | 'hortatory' },
  before: string,
  last: Actor | null,
): Candidate[] {
  const from = REPORT_FROM.exec(objectText.slice(0, 300));
  if (from !== null && from[1] !== undefined) {
    // "Requests within 60 days a report from the Director General of the IAEA on ...": the report's author acts.
    const author = resolveActor(from[1], before, last);
    if (author !== null)
      return [
        {
          kind: 'REPORT',
          strength: verb.strength,
          verb: verb.lemma,
          actor: author,
          action: objectText,
          dueText: objectText,
          quote: clause,
          confidence: 0.8,
        },
      ];
  }
  const that = objectText.startsWith('that ') ? thatSubject(objectText) : null;
  const addressed = ADDRESSED.exec(objectText.slice(0, 200));
  const split =
    addressed?.[1] !== undefined
      ? { actor: addressed[1], action: objectText.slice(addressed[0].length) }
      : (that ?? splitActorAndAction(objectText));
  if (split === null) return [];
  const actor = resolveActor(split.actor, before, last);
  if (actor === null) return [];
  const parenthetical = split.actor.includes(',') ? split.actor.slice(split.actor.indexOf(',')) : '';
  const base = (that ? 0.75 : verb.strength === 'mandatory' ? 0.9 : 0.85) - (actor.pronoun ? 0.1 : 0);
  if (split.action === '') {
    return [
      {
        kind: kindOf('', actor.category),
        strength: verb.strength,
        verb: verb.lemma,
        actor,
        action: '',
        dueText: parenthetical,
        quote: clause,
        confidence: base - 0.1,
      },
    ];
  }
  const out: Candidate[] = [];
  for (const action of splitInfinitives(split.action)) {
    const kind = kindOf(action, actor.category);
    // "to prepare a report and to present it at its fifty-sixth session" is one report; a second action
    // with its own deadline ("and to present an oral update at its fifty-fifth session") is another. The
    // same holds across an action of another kind ("to compile a report ..., to seek the views of Member
    // States ... and to report to the Assembly at its eighty-first session").
    const prev = [...out].reverse().find((c) => c.kind === kind);
    if (prev !== undefined && !(hasDue(prev.action) && hasDue(action))) {
      prev.action += ` and ${action}`;
      prev.dueText += ` and ${action}`;
      continue;
    }
    out.push({
      kind,
      strength: verb.strength,
      verb: verb.lemma,
      actor,
      action,
      dueText: `${parenthetical} ${action}`,
      quote: clause,
      confidence: base,
    });
  }
  return out.flatMap((c) => (c.kind === 'REPORT' ? splitReports(c).flatMap(splitDeadlines) : [c]));
}

const DAY_MONTH_YEAR = '[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December),? [0-9]{4}';
// "reports on his good offices by 3 July 2025 and 2 January 2026": one report for each deadline.
const TWO_DEADLINES = new RegExp(
  `\\b(by|before|no later than|not later than|on) (${DAY_MONTH_YEAR}),? and (?:by |on )?(${DAY_MONTH_YEAR})\\b`,
);

function splitDeadlines(c: Candidate): Candidate[] {
  const m = TWO_DEADLINES.exec(c.dueText);
  if (m === null || m[1] === undefined || m[2] === undefined || m[3] === undefined) return [c];
  const head = c.dueText.slice(0, m.index);
  const tail = c.dueText.slice(m.index + m[0].length);
  return [
    { ...c, dueText: `${head}${m[1]} ${m[2]}${tail}` },
    { ...c, dueText: `${head}${m[1]} ${m[3]}${tail}` },
  ];
}

// ", as well as a report on ...", ", and, no later than 26 January 2011, a report ...": a second deliverable.
const SECOND_REPORT =
  /[,;]?\s+(?:and|as well as)[,\s]+(?:(?:no later than|not later than|by|before|at its [a-z-]+ session)[^,;]{0,40},\s*)?(?:a|an|another)\s+(?:[a-z-]+\s+){0,3}(?:report|update|note|study)\b/g;

const ORGANS = '(?:General Assembly|Human Rights Council|Security Council|Economic and Social Council)';
// "... at its forty-seventh session and to the General Assembly ...", or side by side: "to the Human Rights Council
// and the General Assembly".
const SECOND_ORGAN = new RegExp(`[,;]?\\s+and\\s+(?=to the ${ORGANS}\\b)|(?<=to the ${ORGANS}),? and (?=the ${ORGANS}\\b)`, 'g');

/**
 * Two reports requested in one clause become two obligations. A second report that names no deadline
 * of its own shares the first one's ("to submit at its fifty-ninth session a report ..., as well as a
 * report ...").
 */
const OWN_DEADLINE = /\bsessions?\b|\b(by|before|no later than|not later than|within|every)\s/;

function splitReports(c: Candidate): Candidate[] {
  const action = c.action;
  if (!/\b(?:and|as well as)[,\s]/.test(action)) return [c];
  const cuts: number[] = [];
  SECOND_REPORT.lastIndex = 0;
  for (let m = SECOND_REPORT.exec(action); m !== null && cuts.length < 4; m = SECOND_REPORT.exec(action)) cuts.push(m.index);
  // "to the Human Rights Council at its forty-seventh session and to the General Assembly at its seventy-sixth
  // session": one report to each organ.
  SECOND_ORGAN.lastIndex = 0;
  for (let m = SECOND_ORGAN.exec(action); m !== null && cuts.length < 4; m = SECOND_ORGAN.exec(action)) {
    const earlier = namedBody(action.slice(0, m.index), 'GENERAL_ASSEMBLY');
    const next = namedBody(action.slice(m.index, m.index + 60), 'GENERAL_ASSEMBLY');
    if (earlier !== null && next !== null && earlier.body !== next.body) cuts.push(m.index);
  }
  cuts.sort((a, b) => a - b);
  if (cuts.length === 0) return [c];
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(action.slice(from, cut));
    from = cut;
  }
  parts.push(action.slice(from));
  const first = parts[0] ?? '';
  const reportAt = first.search(/\b(a|an)\s+(?:(?!session)[a-z-]+\s+){0,3}(report|update|note|study)\b/);
  const prefix = reportAt > 0 ? first.slice(0, reportAt) : '';
  const parenthetical = c.dueText.endsWith(action) ? c.dueText.slice(0, c.dueText.length - action.length) : '';
  const firstOrgan = namedBody(first, 'GENERAL_ASSEMBLY');
  const organPhrase = firstOrgan === null ? '' : `to the ${BODY_NAMES[firstOrgan.body]} `;
  return parts.map((part, i) => {
    let own = i === 0 || OWN_DEADLINE.test(part) ? part : `${prefix} ${part}`;
    // A later report that names no organ goes where the first one goes: "an oral update to the Council at its
    // fifty-first session, and a written report at its fifty-second session".
    if (i > 0 && namedBody(part, 'GENERAL_ASSEMBLY') === null) own = `${organPhrase}${own}`;
    return { ...c, action: part.replace(/^[,;]?\s+(and|as well as)[,\s]+/, ''), dueText: `${parenthetical}${own}` };
  });
}
