import { AppError } from '../common/errors/app-error';
import { today } from '../sessions/session-dates';

/** A real calendar day, written YYYY-MM-DD, not after today: the trail knows nothing of tomorrow. */
export function parseAsOf(raw: string | undefined, field = 'asOf'): string {
  if (raw === undefined || raw === '') throw AppError.validation({ [field]: `${field} is required, as YYYY-MM-DD` });
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(raw) && new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) === raw;
  if (!valid) throw AppError.validation({ [field]: `${field} must be a calendar day written YYYY-MM-DD, e.g. 2025-12-31` });
  if (raw > today()) throw AppError.validation({ [field]: `${field} cannot be after today (${today()})` });
  return raw;
}

/** The first instant after the as-of day: the report covers everything recorded up to the end of that day (UTC). */
export function endOfDay(asOf: string): Date {
  const end = new Date(`${asOf}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end;
}
