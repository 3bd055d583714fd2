import type { ComplianceOutcome, MetEvidenceKind } from '@mandate-tracker/contracts';
import type { Body, ObligationStatus } from '../generated/prisma/enums';
import { dueStatusOf, type DueClock } from '../obligations/due/due-status';

/** What was known about one obligation at the end of the as-of day. */
export interface OutcomeFacts {
  status: ObligationStatus;
  dueBody: Body | null;
  dueSession: number | null;
  dueDate: string | null;
  /** The day it fell due: its due date, else the last day of its due session; null when unknown. */
  dueOn: string | null;
  /**
   * The documents fulfilling it then: issue date (null when unknown), adoption day of the resolution that
   * acknowledged it (the report existed by then), and the day the link was recorded.
   */
  documents: { issuedOn: string | null; acknowledgedOn?: string | null; linkedOn: string | null }[];
  /** The day it last entered Submitted or Fulfilled, when its status then was one of them. */
  metStatusOn: string | null;
}

export interface Outcome {
  outcome: ComplianceOutcome;
  metOn: string | null;
  metBy: MetEvidenceKind | null;
  daysLate: number | null;
}

const MET_STATUSES: readonly ObligationStatus[] = ['SUBMITTED', 'FULFILLED'];
const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The earliest evidence that it was met: a document's issue date when known (the report existed then), else the
 * adoption of the resolution that acknowledged it (it existed by then), else the day the document was recorded;
 * and the day the status said so.
 */
function metDay(facts: OutcomeFacts): { on: string; by: MetEvidenceKind } | null {
  const candidates: { on: string; by: MetEvidenceKind }[] = [];
  for (const document of facts.documents) {
    if (document.issuedOn) candidates.push({ on: document.issuedOn, by: 'DOCUMENT_ISSUED' });
    else if (document.acknowledgedOn) candidates.push({ on: document.acknowledgedOn, by: 'DOCUMENT_ACKNOWLEDGED' });
    else if (document.linkedOn) candidates.push({ on: document.linkedOn, by: 'DOCUMENT_LINKED' });
  }
  if (facts.metStatusOn && MET_STATUSES.includes(facts.status)) candidates.push({ on: facts.metStatusOn, by: 'STATUS' });
  return candidates.reduce<{ on: string; by: MetEvidenceKind } | null>((best, c) => (best === null || c.on < best.on ? c : best), null);
}

/**
 * The outcome on the as-of date. Cancelled first (nothing was owed); then met, by a fulfilling document or the
 * status Submitted/Fulfilled, on time when met by the day it fell due; then deferred; then overdue by the one
 * due definition the lists use (dueStatusOf, with the as-of date as "today"); else not yet due.
 */
export function outcomeOf(facts: OutcomeFacts, clock: DueClock): Outcome {
  if (facts.status === 'CANCELLED') return { outcome: 'CANCELLED', metOn: null, metBy: null, daysLate: null };
  const proven = facts.documents.length > 0;
  if (proven || MET_STATUSES.includes(facts.status)) {
    const met = metDay(facts);
    const late = met && facts.dueOn ? daysBetween(facts.dueOn, met.on) : 0;
    return late > 0
      ? { outcome: 'MET_LATE', metOn: met?.on ?? null, metBy: met?.by ?? null, daysLate: late }
      : { outcome: 'MET_ON_TIME', metOn: met?.on ?? null, metBy: met?.by ?? null, daysLate: null };
  }
  if (facts.status === 'DEFERRED') return { outcome: 'DEFERRED', metOn: null, metBy: null, daysLate: null };
  const { overdue } = dueStatusOf(
    { status: facts.status, proven: false, dueDate: facts.dueDate, dueBody: facts.dueBody, dueSession: facts.dueSession },
    clock,
  );
  if (overdue) {
    return {
      outcome: 'OVERDUE',
      metOn: null,
      metBy: null,
      daysLate: facts.dueOn ? Math.max(daysBetween(facts.dueOn, clock.today), 0) : null,
    };
  }
  const hasDeadline = facts.dueDate !== null || facts.dueSession !== null;
  return { outcome: hasDeadline ? 'NOT_YET_DUE' : 'NO_DEADLINE', metOn: null, metBy: null, daysLate: null };
}
