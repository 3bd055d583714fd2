/**
 * Candidates from a clause opened by an asking verb ("requests", "encourages", "calls upon" ...): the
 * actor, then one candidate per distinct kind among its coordinated infinitives.
 */
import type { ObligationKind } from '../types';
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
}

function hasDue(text: string): boolean {
  return / session\b| [0-9]{4}\b|\bwithin\b|\bevery\b/.test(text);
}

/** Candidates of one clause opened by an asking verb other than "decides". */
export function askingCandidates(
  clause: string,
  objectText: string,
  verb: { lemma: string; strength: 'mandatory' | 'hortatory' },
  before: string,
  last: Actor | null,
): Candidate[] {
  const that = objectText.startsWith('that ') ? thatSubject(objectText) : null;
  const split = that ?? splitActorAndAction(objectText);
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
    const prev = out[out.length - 1];
    // "to prepare a report and to present it at its fifty-sixth session" is one report; a second action
    // with its own deadline ("and to present an oral update at its fifty-fifth session") is another.
    if (prev !== undefined && prev.kind === kind && !(hasDue(prev.action) && hasDue(action))) {
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
  return out;
}
