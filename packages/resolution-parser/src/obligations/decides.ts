/**
 * "Decides" clauses: including an item in a provisional agenda, convening a meeting or establishing a
 * body that meets, a mandate's period (MANDATE_RENEWAL, due when it ends), what a body it establishes
 * "shall" do, "decides that X shall ...", and "decides to request / authorize X to ...". Other decisions
 * (to proclaim a day, to remain seized) ask nothing of anyone and give no obligation.
 */
import type { Body } from '../types';
import { askingCandidates, type Candidate } from './asking';
import type { Actor } from './actors';
import { resolveActor, thatSubject } from './actors';
import { agendaTitleOf } from './due';
import { isMeetingAction, kindOf } from './kind';
import { mandatePeriodOf } from './mandate-period';

const NESTED: ReadonlyArray<[string, { lemma: string; strength: 'mandatory' | 'hortatory' }]> = [
  ['to request ', { lemma: 'requests', strength: 'mandatory' }],
  ['to authorize ', { lemma: 'authorizes', strength: 'mandatory' }],
  ['to mandate ', { lemma: 'mandates', strength: 'mandatory' }],
  ['to invite ', { lemma: 'invites', strength: 'hortatory' }],
];

// "to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee": an aside first.
const ESTABLISH = /^to (?:[a-z]+ly )?(establish|create|set up|constitute|reconvene|re-establish)(?:, [^,;]{3,160},)?\s+/i;
// "an Ad Hoc Committee, open to all States ..., to elaborate an international convention": what it is for.
const PURPOSE = /,\s+to (?!be\b)([a-z]+)\b/;
// "and to convene, as an integral part of the Millennium Assembly, a Millennium Summit" after another decision.
const AND_CONVENE = /,? and to (?=(?:convene|hold|organi[sz]e)\b)/;
const BODY_NOUN = /\b(group|committee|commission|forum|panel|conference|board|mechanism|body|team|network|platform|meeting|dialogue)\b/i;
// A body that meets: "to meet in Vienna", "which shall hold its first session", "sessions of five days".
const MEETS = /\b(to meet|shall meet|will meet|hold (?:its |a |an |the )?(?:[a-z-]+ ){0,2}(?:sessions?|meetings?)|convene|sessions?\b)/i;
// Where the name of an established body ends: an aside, a relative clause, a purpose or a period.
const NAME_END = /,|;| which | that | to [a-z]| for a | for an | with a view | composed | consisting | open to /;
const RELATIVE = /,?\s+which (?:shall|will|should) /i;
// "that the seventy-fourth session of the International Law Commission shall be held at Geneva from ...": the
// body named after "of" meets.
const HELD =
  /^that (?:the |a |an |its )?(?:[A-Za-z-]+ ){0,5}(?:meeting|conference|session|summit|dialogue|forum|event)s?(?: of (?:the )?((?:[A-Z][\w-]*)(?: (?:[A-Z][\w-]*|of|on|for|and))*))? (?:shall|will|should|would) (?:also )?be (?:held|convened|organi[sz]ed)\b/;

const PASSIVE_PERIOD =
  /^that [^;:]{3,150}? (?:are|is|shall be|will be|be) (?:hereby )?(?:established|extended|renewed|authori[sz]ed|deployed|prolonged)\b/;

export interface DecideContext {
  ownName: string;
  ownBody: Body;
  /** The other Council last named before ("the Human Rights Council"), which "the Council" means in an Assembly text. */
  otherCouncil: () => string | null;
  /** Adoption date a relative mandate period counts from. */
  reference: string | null;
}

/** "an open-ended working group on ageing, which shall ..." -> "open-ended working group on ageing". */
function establishedName(afterVerb: string): string {
  const end = afterVerb.search(NAME_END);
  const raw = (end < 0 ? afterVerb.slice(0, 160) : afterVerb.slice(0, end)).trim();
  return raw.replace(/^(an?|the)\s+/i, '').trim();
}

/** What the body a clause establishes "shall" do: one candidate per action that is not the meeting itself. */
function dutiesOfEstablished(object: string, body: Actor, base: Omit<Candidate, 'kind' | 'confidence'>): Candidate[] {
  const at = object.search(RELATIVE);
  if (at < 0) return [];
  const rest = object.slice(at).replace(RELATIVE, '');
  const out: Candidate[] = [];
  for (const action of rest.split(/,? and (?:shall|will|should) (?:also )?/)) {
    const kind = kindOf(action, 'UN');
    if (kind === 'MEETING' || out.some((c) => c.kind === kind)) continue;
    out.push({ ...base, kind, actor: body, action, dueText: action, confidence: 0.75 });
  }
  return out;
}

export function decideObligation(
  clause: string,
  object: string,
  context: DecideContext,
  before: string,
  last: Actor | null,
): Candidate[] | null {
  const self: Actor = { name: context.ownName, category: 'UN', pronoun: false };
  const lower = object.toLowerCase();
  const base = { strength: 'mandatory' as const, verb: 'decides', actor: self, action: object, dueText: object, quote: clause };
  if (lower.startsWith('to include') && lower.includes('provisional agenda')) {
    return [{ ...base, kind: 'AGENDA_ITEM', confidence: 0.95, agendaTitle: agendaTitleOf(object) }];
  }
  if (/^to (continue (its |the )?consideration of|continue to consider|consider) /.test(lower) && lower.includes(' session')) {
    return [{ ...base, kind: 'AGENDA_ITEM', confidence: 0.7, agendaTitle: agendaTitleOf(object) }];
  }
  const period = mandatePeriodOf(object, context.reference);
  if (period !== null) {
    const session = period.endSession === undefined ? null : { session: period.endSession, body: context.ownBody };
    return [
      {
        ...base,
        kind: 'MANDATE_RENEWAL',
        dueText: '',
        fixedDue: { date: period.endDate, relative: period.relative, session },
        confidence: 0.85,
      },
    ];
  }
  const establish = ESTABLISH.exec(object);
  if (establish !== null) {
    const name = establishedName(object.slice(establish[0].length));
    const body: Actor = { name, category: 'UN', pronoun: false };
    const relative = object.search(RELATIVE);
    const own = relative < 0 ? object : object.slice(0, relative);
    const out: Candidate[] = [];
    if (BODY_NOUN.test(name) && MEETS.test(object)) out.push({ ...base, kind: 'MEETING', dueText: own, confidence: 0.8, introduces: body });
    out.push(...dutiesOfEstablished(object, body, base));
    const purpose = BODY_NOUN.test(name) && out.length === 0 ? PURPOSE.exec(own) : null;
    if (purpose !== null) {
      const action = own.slice(purpose.index).replace(/^,\s+to /, '');
      out.push({ ...base, kind: kindOf(action, 'UN'), actor: body, action, dueText: action, confidence: 0.7 });
    }
    if (out.length > 0) {
      out[0]!.introduces = body;
      return out;
    }
    return null;
  }
  if (lower.startsWith('to ') && isMeetingAction(object.slice(3))) {
    return [{ ...base, kind: 'MEETING', confidence: 0.85 }];
  }
  for (const [prefix, verb] of NESTED) {
    if (lower.startsWith(prefix)) return askingCandidates(clause, object.slice(prefix.length), verb, before, last);
  }
  // "Decides that the formal meeting will be held in early 2026": the organ arranging a meeting.
  const held = HELD.exec(object);
  if (held !== null) {
    const host = held[1] === undefined ? null : resolveActor(held[1], before, last);
    return [{ ...base, kind: 'MEETING', actor: host ?? self, confidence: 0.8 }];
  }
  if (lower.startsWith('that ') || lower.startsWith('that,')) {
    // "that the international civil and security presences are established for an initial period of 12 months":
    // whatever the subject, a body or regime set up for a time runs out then.
    const passive = PASSIVE_PERIOD.exec(lower.slice(0, 300));
    const passivePeriod =
      passive === null
        ? null
        : mandatePeriodOf(`to extend the mandate ${object.slice(passive.index + passive[0].length)}`, context.reference);
    if (passivePeriod !== null) {
      return [
        {
          ...base,
          kind: 'MANDATE_RENEWAL',
          dueText: '',
          fixedDue: { date: passivePeriod.endDate, relative: passivePeriod.relative },
          confidence: 0.8,
        },
      ];
    }
    const that = thatSubject(object);
    if (that === null || that.action === '') return null;
    let actor = resolveActor(that.actor, before, last);
    // In an Assembly text "the Council" is the Council it has just named ("the Human Rights Council").
    const council = actor?.name === 'Council' && context.ownBody === 'GENERAL_ASSEMBLY' ? context.otherCouncil() : null;
    if (council !== null) actor = { name: council, category: 'UN', pronoun: false };
    // "Decides that the Council will consider ..." is the organ arranging its own work, not a mandate.
    if (actor === null || actor.name === context.ownName || /^(Council|Assembly)$/.test(actor.name)) return null;
    // "that the presences are established for an initial period of 12 months", "that the mandate shall be extended until ...".
    const thatPeriod =
      /^(?:(?:shall|will|should) )?(?:be |are |is |continue to be |remain )?(extended|renewed|prolonged|established|authori[sz]ed|deployed)\b/.test(
        that.action,
      )
        ? mandatePeriodOf(`to extend the mandate ${that.action}`, context.reference)
        : null;
    if (thatPeriod !== null) {
      return [
        {
          ...base,
          kind: 'MANDATE_RENEWAL',
          dueText: '',
          fixedDue: { date: thatPeriod.endDate, relative: thatPeriod.relative },
          confidence: 0.8,
        },
      ];
    }
    // "that Bolivia ... shall be permitted to vote", "that the report shall be considered": permissions and
    // passives ask nothing of the subject.
    if (/^(be|continue to be|remain) [a-z]+(ed|en)\b/.test(that.action) || /^(be |)(entitled|eligible|able)\b/.test(that.action))
      return null;
    // "that the Committee should continue its work and report thereon to the Assembly at its fiftieth session"
    const out: Candidate[] = [];
    for (const action of that.action.split(
      /,? and (?:to |shall |should |will )?(?=(?:report|submit|present|inform|brief|convene|hold|organi[sz]e)\b)/,
    )) {
      const kind = kindOf(action, actor.category);
      if (out.some((c) => c.kind === kind)) continue;
      out.push({ ...base, kind, actor, action, dueText: action, confidence: 0.75 });
    }
    return out;
  }
  // "Decides to designate the fifty-fifth session ... and to convene ... a Millennium Summit".
  const convene = AND_CONVENE.exec(object);
  if (convene !== null && lower.startsWith('to ')) {
    const rest = object.slice(convene.index + convene[0].length - 3);
    if (isMeetingAction(rest.slice(3))) return [{ ...base, kind: 'MEETING', action: rest, dueText: rest, confidence: 0.75 }];
  }
  return null;
}
