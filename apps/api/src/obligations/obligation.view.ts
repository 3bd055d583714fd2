import type { Obligation, Paragraph, Resolution } from '../generated/prisma/client';
import { toIsoDate } from '../common/iso-date';
import type { ObligationStatus } from '../generated/prisma/enums';
import { dueStatusOf, type DueClock } from './due-status';
import { ALLOWED_TRANSITIONS } from './status-workflow';

export type ObligationRecord = Obligation & {
  _count: { documents: number };
  resolution: Pick<Resolution, 'id' | 'symbol' | 'title' | 'sessionNumber'>;
  paragraph?: Pick<Paragraph, 'eId' | 'text' | 'number' | 'subParagraph'> | null;
};

export type ObligationView = Omit<Obligation, 'dueDate'> & {
  dueDate: string | null;
  /** Fulfilled by a document whose link nobody rejected (see FULFILLING_LINK). */
  proven: boolean;
  overdue: boolean;
  dueNow: boolean;
  /** The statuses the workflow allows next, so clients offer only those. */
  allowedStatuses: readonly ObligationStatus[];
  resolution: ObligationRecord['resolution'];
  paragraph?: ObligationRecord['paragraph'];
};

/** The links that prove an obligation fulfilled: found or recorded, and not rejected by a person. */
export const FULFILLING_LINK = { relation: 'FULFILS', reviewState: { not: 'REJECTED' } } as const;

export function toObligationView({ _count, ...record }: ObligationRecord, clock: DueClock): ObligationView {
  const dueDate = toIsoDate(record.dueDate);
  const proven = _count.documents > 0;
  return {
    ...record,
    dueDate,
    proven,
    ...dueStatusOf({ ...record, dueDate, proven }, clock),
    allowedStatuses: ALLOWED_TRANSITIONS[record.status],
  };
}
