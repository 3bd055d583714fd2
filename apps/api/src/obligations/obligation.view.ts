import type { Obligation, Paragraph, Resolution } from '../generated/prisma/client';
import { toIsoDate } from '../common/iso-date';
import { dueStatusOf, type DueClock } from './due-status';

export type ObligationRecord = Obligation & {
  resolution: Pick<Resolution, 'id' | 'symbol' | 'title' | 'sessionNumber'>;
  paragraph?: Pick<Paragraph, 'eId' | 'text' | 'number' | 'subParagraph'> | null;
};

export type ObligationView = Omit<Obligation, 'dueDate'> & {
  dueDate: string | null;
  overdue: boolean;
  dueNow: boolean;
  resolution: ObligationRecord['resolution'];
  paragraph?: ObligationRecord['paragraph'];
};

export function toObligationView(record: ObligationRecord, clock: DueClock): ObligationView {
  const dueDate = toIsoDate(record.dueDate);
  return { ...record, dueDate, ...dueStatusOf({ ...record, dueDate }, clock) };
}
