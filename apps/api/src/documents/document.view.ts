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
type LinkRecord = DocumentRecord['obligations'][number];

export type DocumentView = Omit<Document, 'issuedOn'> & { issuedOn: string | null; undocsUrl: string };

export interface LinkedObligationView {
  /** The link's id: react-admin lists need one per row. */
  id: number;
  relation: LinkRecord['relation'];
  reviewState: LinkRecord['reviewState'];
  origin: LinkRecord['origin'];
  evidence: { resolutionId: number | null; resolutionSymbol: string | null; paragraph: string | null; note: string | null };
  obligation: LinkRecord['obligation'];
}

export type DocumentDetailView = DocumentView & { obligations: LinkedObligationView[] };

export function toDocumentView(record: Document): DocumentView {
  const { id, symbol, kind, title, version, createdAt, updatedAt } = record;
  return { id, symbol, kind, title, issuedOn: toIsoDate(record.issuedOn), version, createdAt, updatedAt, undocsUrl: undocsUrl(symbol) };
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
