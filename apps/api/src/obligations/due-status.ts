import type { Body, ObligationStatus } from '../generated/prisma/enums';
import { SETTLED_STATUSES } from './status-workflow';

/** Today's date and the session each body is in, as of the request. */
export interface DueClock {
  today: string;
  currentSession: Partial<Record<Body, number>>;
}

export interface DueFacts {
  status: ObligationStatus;
  /** A document fulfils it and nobody rejected that link: the follow-up is proven, whatever the status says. */
  proven: boolean;
  dueDate: string | null;
  dueBody: Body | null;
  dueSession: number | null;
}

export interface DueStatus {
  /** Past its due date or due session and not yet submitted, fulfilled or cancelled. */
  overdue: boolean;
  /** Due at the session now in progress. */
  dueNow: boolean;
}

/** Derived on every read, never stored, so it can never disagree with the dates. */
export function dueStatusOf(facts: DueFacts, clock: DueClock): DueStatus {
  if (facts.proven || SETTLED_STATUSES.includes(facts.status)) return { overdue: false, dueNow: false };
  const current = facts.dueBody ? clock.currentSession[facts.dueBody] : undefined;
  const pastDate = facts.dueDate !== null && facts.dueDate < clock.today;
  const pastSession = facts.dueSession !== null && current !== undefined && facts.dueSession < current;
  const sessionNow = facts.dueSession !== null && current !== undefined && facts.dueSession === current;
  return { overdue: pastDate || pastSession, dueNow: !pastDate && sessionNow };
}
