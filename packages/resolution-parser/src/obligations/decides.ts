/**
 * "Decides" clauses: including an item in a provisional agenda, convening a meeting, "decides that X
 * shall ...", and "decides to request / authorize X to ...". Other decisions (to extend a mandate, to
 * remain seized) ask nothing of anyone and give no obligation.
 */
import { askingCandidates, type Candidate } from './asking';
import type { Actor } from './actors';
import { resolveActor, thatSubject } from './actors';
import { agendaTitleOf } from './due';
import { isMeetingAction, kindOf } from './kind';

const NESTED: ReadonlyArray<[string, { lemma: string; strength: 'mandatory' | 'hortatory' }]> = [
  ['to request ', { lemma: 'requests', strength: 'mandatory' }],
  ['to authorize ', { lemma: 'authorizes', strength: 'mandatory' }],
  ['to mandate ', { lemma: 'mandates', strength: 'mandatory' }],
  ['to invite ', { lemma: 'invites', strength: 'hortatory' }],
];

export function decideObligation(clause: string, object: string, ownName: string, before: string, last: Actor | null): Candidate[] | null {
  const self: Actor = { name: ownName, category: 'UN', pronoun: false };
  const lower = object.toLowerCase();
  const base = { strength: 'mandatory' as const, verb: 'decides', actor: self, action: object, dueText: object, quote: clause };
  if (lower.startsWith('to include') && lower.includes('provisional agenda')) {
    return [{ ...base, kind: 'AGENDA_ITEM', confidence: 0.95, agendaTitle: agendaTitleOf(object) }];
  }
  if (/^to (continue (its |the )?consideration of|continue to consider|consider) /.test(lower) && lower.includes(' session')) {
    return [{ ...base, kind: 'AGENDA_ITEM', confidence: 0.7, agendaTitle: agendaTitleOf(object) }];
  }
  if (lower.startsWith('to ') && isMeetingAction(object.slice(3))) {
    return [{ ...base, kind: 'MEETING', confidence: 0.85 }];
  }
  for (const [prefix, verb] of NESTED) {
    if (lower.startsWith(prefix)) return askingCandidates(clause, object.slice(prefix.length), verb, before, last);
  }
  if (lower.startsWith('that ')) {
    const that = thatSubject(object);
    if (that === null || that.action === '') return null;
    const actor = resolveActor(that.actor, before, last);
    // "Decides that the Council will consider ..." is the organ arranging its own work, not a mandate.
    if (actor === null || actor.name === ownName || /^(Council|Assembly)$/.test(actor.name)) return null;
    return [{ ...base, kind: kindOf(that.action, actor.category), actor, action: that.action, dueText: that.action, confidence: 0.75 }];
  }
  return null;
}
