import { Prisma } from '../generated/prisma/client';

/** PostgreSQL's deadlock and serialization failures, and Prisma's own name for them. */
const RETRYABLE_CODES = new Set(['40P01', '40001']);

/**
 * True when PostgreSQL undid a transaction only because another was writing the same rows: nothing was wrong with
 * it, and running it again from the start is what the server asks for. Audit events are chained under one lock held
 * to commit (see audit_event_chain.sql), so two writers that took row locks in different orders around it can meet
 * in a deadlock; one of them is aborted and simply runs again.
 */
export function isRetryableConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2034') return true;
  const adapterError = (error.meta ?? {})['driverAdapterError'];
  const cause = adapterError && typeof adapterError === 'object' && 'cause' in adapterError ? adapterError.cause : undefined;
  const code = cause && typeof cause === 'object' && 'originalCode' in cause ? cause.originalCode : undefined;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

/** How many times an interactive transaction is run in all before its conflict is answered 409. */
export const TRANSACTION_ATTEMPTS = 3;
