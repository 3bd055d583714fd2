import type { ObligationStatus } from '@mandate-tracker/contracts';

/** One colour per status, the same in every chart, so a status reads the same everywhere. */
export const STATUS_COLORS: Record<ObligationStatus, string> = {
  PENDING: '#f9a825',
  IN_PROGRESS: '#1e88e5',
  SUBMITTED: '#8e24aa',
  FULFILLED: '#43a047',
  DEFERRED: '#90a4ae',
  CANCELLED: '#616161',
};

export const OVERDUE_COLOR = '#c62828';
