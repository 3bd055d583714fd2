import type { ReviewState } from './review.js';
import type { IsoDate, Timestamp } from './wire.js';

/** What a document does for an obligation: proves it fulfilled, or only relates to it. */
export const LINK_RELATIONS = ['FULFILS', 'RELATED'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const LINK_RELATION_LABELS: Record<LinkRelation, string> = {
  FULFILS: 'fulfils',
  RELATED: 'related',
};

/** Automatic links are recomputed when resolutions arrive; manual ones are never touched by that. */
export const LINK_ORIGINS = ['AUTOMATIC', 'MANUAL'] as const;
export type LinkOrigin = (typeof LINK_ORIGINS)[number];

export const LINK_ORIGIN_LABELS: Record<LinkOrigin, string> = {
  AUTOMATIC: 'found automatically',
  MANUAL: 'recorded',
};

/** A link between an obligation and a document, with the evidence for it: what linking, reviewing and unlinking answer. */
export interface DocumentLinkView {
  id: number;
  obligationId: number;
  documentId: number;
  relation: LinkRelation;
  evidenceResolutionId: number | null;
  evidenceParagraph: string | null;
  evidenceNote: string | null;
  reviewState: ReviewState;
  origin: LinkOrigin;
  /** Raised by each review; a review sends the version it read. */
  version: number;
  createdAt: Timestamp;
}

/** A link as the obligation's page lists it, with the document's symbol, title and day of issue. */
export interface ObligationDocumentView extends DocumentLinkView {
  symbol: string;
  title: string | null;
  issuedOn: IsoDate | null;
}

/** POST /api/obligations/:id/documents: one symbol field may name several documents ("A/62/307 and Corr.3"). */
export interface LinkDocumentRequest {
  symbol: string;
  relation?: LinkRelation;
  evidenceNote?: string;
}

/** PATCH /api/obligations/:id/documents/:linkId: a person confirms or rejects a link. */
export interface ReviewLinkRequest {
  reviewState: ReviewState;
  /** The link's version as read: a review decided on a stale page is refused with 409. */
  version: number;
}
