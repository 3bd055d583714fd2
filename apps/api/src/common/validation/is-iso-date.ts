import { IsISO8601, Matches } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD, as DATE columns and the admin's date inputs speak it. */
export function IsIsoDate(): PropertyDecorator {
  return (target, property) => {
    const field = String(property);
    Matches(ISO_DATE, { message: `${field} must be a date written YYYY-MM-DD` })(target, property);
    // The shape alone lets 2002-02-30 through.
    IsISO8601({ strict: true }, { message: `${field} must be a real calendar date` })(target, property);
  };
}
