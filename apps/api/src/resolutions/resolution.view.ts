import type { ResolutionSummary, ResolutionView, ReviewClauseView } from '@mandate-tracker/contracts';
import { undocsUrl } from '@mandate-tracker/resolution-parser';
import type { Resolution } from '../prisma/filter-only-columns';
import { toIsoDate } from '../common/iso-date';

/**
 * Field by field, not by spreading Prisma's null-prototype rows (slow in lists,
 * see obligation.view.ts); a new column is a compile error in
 * prisma/contracts-agree.ts until someone decides whether clients see it.
 */
export function toResolutionSummary(record: Omit<Resolution, 'sourceText'>): ResolutionSummary {
  return {
    id: record.id,
    symbol: record.symbol,
    body: record.body,
    sessionNumber: record.sessionNumber,
    resolutionNumber: record.resolutionNumber,
    title: record.title,
    adoptedOn: toIsoDate(record.adoptedOn),
    meeting: record.meeting,
    committeeReport: record.committeeReport,
    mainCommittee: record.mainCommittee,
    agendaItemNumber: record.agendaItemNumber,
    hasReviewClause: record.hasReviewClause,
    // Written only by the import from the parser's clauses (import-writer.ts), so the shape is known.
    reviewClauses: record.reviewClauses as unknown as ReviewClauseView[],
    sourceFormat: record.sourceFormat,
    checksum: record.checksum,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    // The official address: "S/RES/1325 (2000)" is S/RES/1325(2000) there.
    undocsUrl: undocsUrl(record.symbol),
  };
}

export function toResolutionView(record: Resolution): ResolutionView {
  return { ...toResolutionSummary(record), sourceText: record.sourceText };
}
