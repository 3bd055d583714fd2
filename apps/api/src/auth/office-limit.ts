import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';

/** The responsible offices whose obligations a user may change: null for every office. */
export type OfficeLimit = readonly string[] | null;

/**
 * A secretariat editor limited to offices changes only obligations of those offices, or unassigned ones, and
 * cannot hand an obligation to an office outside them.
 */
export function assertOfficeMayChange(limit: OfficeLimit | undefined, office: string | null | undefined, obligationId: number): void {
  if (!limit || office === null || office === undefined || limit.includes(office)) return;
  throw new AppError(
    ErrorCode.FORBIDDEN,
    `You may change obligations of ${limit.join(', ')} (or unassigned ones) only; obligation ${obligationId} is ${office}'s`,
    { obligationId, office, offices: limit },
  );
}
