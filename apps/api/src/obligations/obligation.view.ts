import type { ObligationView } from '@mandate-tracker/contracts';
import type { Paragraph } from '../generated/prisma/client';
import type { Obligation, Resolution } from '../prisma/filter-only-columns';
import { toIsoDate } from '../common/iso-date';
import { dueStatusOf, type DueClock } from './due/due-status';
import { ALLOWED_TRANSITIONS } from './status-workflow';

export type ObligationRecord = Obligation & {
  resolution: Pick<Resolution, 'id' | 'symbol' | 'title' | 'sessionNumber'>;
  paragraph?: Pick<Paragraph, 'eId' | 'text' | 'number' | 'subParagraph'> | null;
};

/**
 * Field by field rather than by spreading the record: Prisma's rows are
 * null-prototype objects, and spreading them took some 12 µs a row, a tenth of
 * the list's CPU under load (docs/performance.md). `fulfillingLinks` is shown as
 * `proven`: how many documents prove it is the obligation page's business. A new
 * column is a compile error in prisma/contracts-agree.ts until someone decides
 * whether clients see it.
 */
export function toObligationView(record: ObligationRecord, clock: DueClock, expectedUnderItem: string | null = null): ObligationView {
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
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    proven,
    overdue,
    dueNow,
    allowedStatuses: ALLOWED_TRANSITIONS[record.status],
    expectedUnderItem,
    resolution: record.resolution,
  };
  if (record.paragraph !== undefined) view.paragraph = record.paragraph;
  return view;
}
