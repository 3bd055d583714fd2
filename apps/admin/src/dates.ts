import { formatDay } from '@mandate-tracker/contracts';

export { formatDay };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * An instant in the reader's time zone, "29 Nov 2026, 06:35": the one way the admin writes a moment. Built by hand
 * rather than with Intl, whose en-GB month names differ between ICU versions ("Sep" or "Sept").
 */
export function formatMoment(timestamp: string): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return timestamp;
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()}, ${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
}

/** Session numbers are names, not quantities: the Security Council's are years (2026, never "2,026"). */
export const SESSION_NUMBER = { useGrouping: false } as const;
