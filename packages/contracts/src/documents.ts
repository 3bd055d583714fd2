import type { Body } from './bodies.js';
import type { LinkOrigin, LinkRelation } from './links.js';
import type { ObligationKind, ObligationStatus } from './obligations.js';
import type { ReviewState } from './review.js';
import type { IsoDate, Timestamp } from './wire.js';

export const DOCUMENT_KINDS = ['REPORT', 'ADDENDUM', 'CORRIGENDUM', 'NOTE', 'RESOLUTION', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  REPORT: 'Report',
  ADDENDUM: 'Addendum',
  CORRIGENDUM: 'Corrigendum',
  NOTE: 'Note',
  RESOLUTION: 'Resolution',
  OTHER: 'Other',
};

/** A document in GET /api/documents. */
export interface DocumentView {
  id: number;
  symbol: string;
  kind: DocumentKind;
  title: string | null;
  issuedOn: IsoDate | null;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  undocsUrl: string;
}

/** An obligation a document is linked to, with the evidence for the link, as the document's page lists it. */
export interface LinkedObligationView {
  /** The link's id: react-admin lists need one per row. */
  id: number;
  relation: LinkRelation;
  reviewState: ReviewState;
  origin: LinkOrigin;
  evidence: { resolutionId: number | null; resolutionSymbol: string | null; paragraph: string | null; note: string | null };
  obligation: {
    id: number;
    kind: ObligationKind;
    status: ObligationStatus;
    actor: string;
    paragraphRef: string;
    dueBody: Body | null;
    dueSession: number | null;
    resolution: { id: number; symbol: string; title: string };
  };
}

/** GET /api/documents/:id and what an update or delete answers. */
export interface DocumentDetailView extends DocumentView {
  obligations: LinkedObligationView[];
}

/** POST /api/documents: the first document recorded, and which of the symbols named were new and which already known. */
export interface DocumentCreatedView extends DocumentDetailView {
  recorded: string[];
  existing: string[];
}

/** What create and update share besides the symbol. */
export interface DocumentFieldsRequest {
  /** Inferred from the symbol (Corr., Add., RES) when not given; else REPORT. */
  kind?: DocumentKind;
  title?: string | null;
  issuedOn?: IsoDate | null;
}

/** POST /api/documents: one symbol, or several as UN texts write them ("A/62/307 and Corr.3"). */
export interface CreateDocumentRequest extends DocumentFieldsRequest {
  symbol: string;
}

/** PATCH /api/documents/:id: exactly one symbol; null clears title or issuedOn. */
export interface UpdateDocumentRequest extends DocumentFieldsRequest {
  symbol?: string;
  version: number;
}
