import type { ObligationStatus } from '../generated/prisma/enums';

/**
 * The statuses an obligation may move to from each status. The path of work
 * is pending → in progress → submitted → fulfilled; deferral and cancellation
 * are possible until fulfilment, and a wrong step can be walked back.
 */
export const ALLOWED_TRANSITIONS: Record<ObligationStatus, readonly ObligationStatus[]> = {
  PENDING: ['IN_PROGRESS', 'SUBMITTED', 'DEFERRED', 'CANCELLED'],
  IN_PROGRESS: ['PENDING', 'SUBMITTED', 'DEFERRED', 'CANCELLED'],
  SUBMITTED: ['IN_PROGRESS', 'FULFILLED', 'CANCELLED'],
  FULFILLED: ['SUBMITTED'],
  DEFERRED: ['PENDING', 'IN_PROGRESS', 'CANCELLED'],
  CANCELLED: ['PENDING'],
};

/** Statuses in which nothing more is owed, so the obligation can never be overdue. */
export const SETTLED_STATUSES: readonly ObligationStatus[] = ['SUBMITTED', 'FULFILLED', 'CANCELLED'];

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

export function checkTransition(from: ObligationStatus, to: ObligationStatus, reason: string | null | undefined): TransitionCheck {
  if (from === to) return { allowed: true };
  if (!ALLOWED_TRANSITIONS[from].includes(to)) {
    return { allowed: false, reason: `status cannot change from ${from} to ${to}; allowed: ${ALLOWED_TRANSITIONS[from].join(', ')}` };
  }
  if (to === 'CANCELLED' && !reason?.trim()) return { allowed: false, reason: 'cancelling an obligation needs a statusReason' };
  return { allowed: true };
}
