import { Prisma } from '../../generated/prisma/client';
import { isRetryableConflict } from '../../prisma/retry-conflicts';
import { AppError } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';
import { ErrorCode } from './error-code';

/** PostgreSQL SQLSTATE codes that mean the request, not the server, is at fault. */
const PG = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  invalidText: '22P02',
};

/** Nothing was wrong with the request: it met another one writing the same rows, and PostgreSQL undid it. */
const writeConflict = () =>
  new AppError(
    ErrorCode.WRITE_CONFLICT,
    'Another change to the same records was being saved at the same moment; nothing was saved, send the request again',
  );

interface DriverCause {
  originalCode?: string;
  originalMessage?: string;
  constraint?: { fields?: string[]; index?: string } | string;
  kind?: string;
}

/**
 * Turns errors raised by Prisma or by PostgreSQL through the driver adapter
 * into AppErrors; anything it does not recognise is left for the filter to
 * report as an internal error.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  // Checked first: P1001 and friends are "known request errors" too.
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      'The database is not answering (stopped, restarting or overloaded); try again shortly',
    );
  }
  // The same test that decides whether a transaction is run again: what is still a conflict after the last attempt.
  if (isRetryableConflict(error)) return writeConflict();
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const meta = (error.meta ?? {}) as Record<string, unknown>;
    switch (error.code) {
      case 'P2002':
        return new AppError(ErrorCode.DUPLICATE, `A record with this ${describeTarget(meta)} already exists`, {
          target: describeTarget(meta),
        });
      case 'P2003':
        return new AppError(ErrorCode.REFERENCE_CONFLICT, 'The record refers to, or is referred to by, another record', {
          constraint: meta['constraint'] ?? null,
        });
      case 'P2025':
        return new AppError(ErrorCode.NOT_FOUND, String(meta['cause'] ?? 'The record does not exist'));
      default: {
        const cause = driverCause(meta);
        if (cause?.originalCode === PG.checkViolation || cause?.originalCode === PG.notNullViolation) {
          return new AppError(ErrorCode.CONSTRAINT_VIOLATED, cause.originalMessage ?? 'A database rule was violated', {
            constraint: cause.constraint ?? null,
          });
        }
        if (cause?.originalCode === PG.invalidText) {
          return new AppError(ErrorCode.VALIDATION_FAILED, cause.originalMessage ?? 'A value has the wrong shape');
        }
        return undefined;
      }
    }
  }
  if (error instanceof Prisma.PrismaClientInitializationError) {
    return new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is not reachable');
  }
  return undefined;
}

function describeTarget(meta: Record<string, unknown>): string {
  const target = meta['target'] ?? driverCause(meta)?.constraint;
  if (Array.isArray(target)) return target.join(', ');
  if (target && typeof target === 'object' && 'fields' in target && Array.isArray(target.fields)) return target.fields.join(', ');
  return typeof target === 'string' ? target : 'value';
}

function driverCause(meta: Record<string, unknown>): DriverCause | undefined {
  const cause = meta['driverAdapterError'];
  if (cause && typeof cause === 'object' && 'cause' in cause) return (cause as { cause: DriverCause }).cause;
  return undefined;
}
