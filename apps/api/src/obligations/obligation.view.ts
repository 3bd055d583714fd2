import type { Obligation, Paragraph, Resolution } from '../generated/prisma/client';
import { toIsoDate } from '../common/iso-date';
import type { ObligationStatus } from '../generated/prisma/enums';
import { dueStatusOf, type DueClock } from './due-status';
import { ALLOWED_TRANSITIONS } from './status-workflow';

export type ObligationRecord = Obligation & {
  resolution: Pick<Resolution, 'id' | 'symbol' | 'title' | 'sessionNumber'>;
  paragraph?: Pick<Paragraph, 'eId' | 'text' | 'number' | 'subParagraph'> | null;
};

export type ObligationView = Omit<Obligation, 'dueDate'> & {
  dueDate: string | null;
  overdue: boolean;
  dueNow: boolean;
  /** The statuses the workflow allows next, so clients offer only those. */
  allowedStatuses: readonly ObligationStatus[];
  resolution: ObligationRecord['resolution'];
  paragraph?: ObligationRecord['paragraph'];
};

export function toObligationView(record: ObligationRecord, clock: DueClock): ObligationView {
  const dueDate = toIsoDate(record.dueDate);
  return { ...record, dueDate, ...dueStatusOf({ ...record, dueDate }, clock), allowedStatuses: ALLOWED_TRANSITIONS[record.status] };
}
