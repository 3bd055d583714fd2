import type { Paragraph } from '../generated/prisma/client';
import type { Obligation, Resolution } from '../prisma/filter-only-columns';
import { toIsoDate } from '../common/iso-date';
import type { ObligationStatus } from '../generated/prisma/enums';
import { dueStatusOf, type DueClock } from './due/due-status';
import { ALLOWED_TRANSITIONS } from './status-workflow';

export type ObligationRecord = Obligation & {
  resolution: Pick<Resolution, 'id' | 'symbol' | 'title' | 'sessionNumber'>;
  paragraph?: Pick<Paragraph, 'eId' | 'text' | 'number' | 'subParagraph'> | null;
};

/** `fulfillingLinks` is shown as `proven`: how many documents prove it is the obligation page's business. */
export type ObligationView = Omit<Obligation, 'dueDate' | 'fulfillingLinks'> & {
  dueDate: string | null;
  /** Fulfilled by a document (relation FULFILS) whose link nobody rejected. */
  proven: boolean;
  overdue: boolean;
  dueNow: boolean;
  /** The statuses the workflow allows next, so clients offer only those. */
  allowedStatuses: readonly ObligationStatus[];
  resolution: ObligationRecord['resolution'];
  paragraph?: ObligationRecord['paragraph'];
};

/**
 * Field by field rather than by spreading the record: Prisma's rows are
 * null-prototype objects, and spreading them took some 12 µs a row, a tenth of
 * the list's CPU under load (docs/performance.md). The literal also means a new
 * column is a compile error here until someone decides whether clients see it.
 */
export function toObligationView(record: ObligationRecord, clock: DueClock): ObligationView {
  const dueDate = toIsoDate(record.dueDate);
  const proven = record.fulfillingLinks > 0;
  const { overdue, dueNow } = dueStatusOf(
    { status: record.status, proven, dueDate, dueBody: record.dueBody, dueSession: record.dueSession },
    clock,
  );
  const view: ObligationView = {
    id: record.id,
    resolutionId: record.resolutionId,
    paragraphId: record.paragraphId,
    eId: record.eId,
    paragraphRef: record.paragraphRef,
    kind: record.kind,
    strength: record.strength,
    actor: record.actor,
    recipient: record.recipient,
    dueBody: record.dueBody,
    dueSession: record.dueSession,
    dueDate,
    recurrence: record.recurrence,
    agendaItemTitle: record.agendaItemTitle,
    status: record.status,
    statusReason: record.statusReason,
    reviewState: record.reviewState,
    quote: record.quote,
    confidence: record.confidence,
    responsibleOffice: record.responsibleOffice,
    focalPoint: record.focalPoint,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    proven,
    overdue,
    dueNow,
    allowedStatuses: ALLOWED_TRANSITIONS[record.status],
    resolution: record.resolution,
  };
  if (record.paragraph !== undefined) view.paragraph = record.paragraph;
  return view;
}
