/**
 * Errors that say the database is away, frozen or overloaded, not that the
 * request was wrong: answered 503 DATABASE_UNAVAILABLE, which a client may retry.
 */

/** Prisma: can't reach, timed out reaching, server closed the connection, a transaction that could not start or finish in time. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);

/** What @prisma/adapter-pg reports as the cause's kind when the connection itself failed. */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionAlreadyClosed',
]);

/**
 * SQLSTATE: 57014 statement_timeout cancelled it; 57P01-57P03 the server is shutting down or starting;
 * 53300 too many connections; class 08 the connection failed.
 */
const SQLSTATES = /^(57014|57P0[1-3]|53300|08...)$/;

/** node-postgres raises these as plain Errors, without a code. */
const DRIVER_MESSAGES =
  /Query read timeout|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED/;

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string; code?: string } } };
  cause?: unknown;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const shape = error as ErrorShape;
  const cause = shape.meta?.driverAdapterError?.cause;
  if (typeof shape.code === 'string' && (PRISMA_CODES.has(shape.code) || NETWORK_CODES.has(shape.code) || SQLSTATES.test(shape.code)))
    return true;
  if (cause?.kind && ADAPTER_KINDS.has(cause.kind)) return true;
  if (cause?.originalCode && SQLSTATES.test(cause.originalCode)) return true;
  if (typeof shape.message === 'string' && DRIVER_MESSAGES.test(shape.message)) return true;
  return shape.cause !== undefined && shape.cause !== error && isDatabaseUnavailable(shape.cause);
}
