/**
 * The whole status workflow, written out by hand for the tests. Deliberately not derived from ALLOWED_TRANSITIONS:
 * a test that reads the table it checks passes whatever the table says.
 */
import type { ObligationStatus } from '../../src/generated/prisma/enums';

/** The 16 moves the workflow allows (docs/api.md, "Workflow"). */
export const ALLOWED_MOVES = [
  'PENDING → IN_PROGRESS',
  'PENDING → SUBMITTED',
  'PENDING → DEFERRED',
  'PENDING → CANCELLED',
  'IN_PROGRESS → PENDING',
  'IN_PROGRESS → SUBMITTED',
  'IN_PROGRESS → DEFERRED',
  'IN_PROGRESS → CANCELLED',
  'SUBMITTED → IN_PROGRESS',
  'SUBMITTED → FULFILLED',
  'SUBMITTED → CANCELLED',
  'FULFILLED → SUBMITTED',
  'DEFERRED → PENDING',
  'DEFERRED → IN_PROGRESS',
  'DEFERRED → CANCELLED',
  'CANCELLED → PENDING',
] as const;

/** The 14 moves it forbids: skipping ahead to fulfilment, undoing a fulfilment sideways, leaving cancellation except by reopening. */
export const FORBIDDEN_MOVES = [
  'PENDING → FULFILLED',
  'IN_PROGRESS → FULFILLED',
  'SUBMITTED → PENDING',
  'SUBMITTED → DEFERRED',
  'FULFILLED → PENDING',
  'FULFILLED → IN_PROGRESS',
  'FULFILLED → DEFERRED',
  'FULFILLED → CANCELLED',
  'DEFERRED → SUBMITTED',
  'DEFERRED → FULFILLED',
  'CANCELLED → IN_PROGRESS',
  'CANCELLED → SUBMITTED',
  'CANCELLED → FULFILLED',
  'CANCELLED → DEFERRED',
] as const;

/** What the refusal names as allowed from each status, again by hand. */
export const ALLOWED_FROM: Record<ObligationStatus, string[]> = {
  PENDING: ['IN_PROGRESS', 'SUBMITTED', 'DEFERRED', 'CANCELLED'],
  IN_PROGRESS: ['PENDING', 'SUBMITTED', 'DEFERRED', 'CANCELLED'],
  SUBMITTED: ['IN_PROGRESS', 'FULFILLED', 'CANCELLED'],
  FULFILLED: ['SUBMITTED'],
  DEFERRED: ['PENDING', 'IN_PROGRESS', 'CANCELLED'],
  CANCELLED: ['PENDING'],
};

export type Move = [ObligationStatus, ObligationStatus];
export const split = (move: string): Move => move.split(' → ') as Move;

/** The refusal's allowed list, sorted (its order is presentation, not rule); null when the message is not a refusal of this move. */
export function allowedNamedIn(message: string, from: string, to: string): string[] | null {
  const prefix = `status cannot change from ${from} to ${to}; allowed: `;
  return message.startsWith(prefix) ? message.slice(prefix.length).split(', ').sort() : null;
}
