import type { DocumentDetailView, DocumentView } from '@mandate-tracker/contracts';
import { undocsUrl } from '@mandate-tracker/resolution-parser';
import type { Prisma } from '../generated/prisma/client';
import type { Document, FILTER_ONLY_COLUMNS } from '../prisma/filter-only-columns';
import { toIsoDate } from '../common/iso-date';

/** The obligations a document is linked to, with the evidence for each link, for the document's page. */
export const WITH_LINKS = {
  obligations: {
    orderBy: { id: 'asc' },
    include: {
      obligation: {
        select: {
          id: true,
          kind: true,
          status: true,
          actor: true,
          paragraphRef: true,
          dueBody: true,
          dueSession: true,
          resolution: { select: { id: true, symbol: true, title: true } },
        },
      },
      evidenceResolution: { select: { id: true, symbol: true } },
    },
  },
} as const satisfies Prisma.DocumentInclude;

export type DocumentRecord = Prisma.DocumentGetPayload<{ include: typeof WITH_LINKS; omit: (typeof FILTER_ONLY_COLUMNS)['document'] }>;

export function toDocumentView(record: Document): DocumentView {
  const { id, symbol, kind, title, version } = record;
  return {
    id,
    symbol,
    kind,
    title,
    issuedOn: toIsoDate(record.issuedOn),
    version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    undocsUrl: undocsUrl(symbol),
  };
}

export function toDocumentDetailView(record: DocumentRecord): DocumentDetailView {
  return {
    ...toDocumentView(record),
    obligations: record.obligations.map((link) => ({
      id: link.id,
      relation: link.relation,
      reviewState: link.reviewState,
      origin: link.origin,
      evidence: {
        resolutionId: link.evidenceResolutionId,
        resolutionSymbol: link.evidenceResolution?.symbol ?? null,
        paragraph: link.evidenceParagraph,
        note: link.evidenceNote,
      },
      obligation: link.obligation,
    })),
  };
}
