import type { MainCommittee } from './agenda.js';
import type { Body } from './bodies.js';
import type { IsoDate, Timestamp } from './wire.js';

/** How an imported text was laid out; detected from the content, never the file name. */
export const SOURCE_FORMATS = ['PDF_TEXT', 'WORD_TEXT', 'MARKDOWN', 'HTML', 'PLAIN'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const SOURCE_FORMAT_LABELS: Record<SourceFormat, string> = {
  PDF_TEXT: 'Text from PDF',
  WORD_TEXT: 'Word-processor export',
  MARKDOWN: 'Markdown',
  HTML: 'HTML',
  PLAIN: 'Plain text',
};

/** A review or sunset clause of a resolution, as the parser read it at import. */
export interface ReviewClauseView {
  /** Paragraph reference: "12", "4 (b)". */
  paragraph: string;
  kind: 'REVIEW' | 'SUNSET';
  quote: string;
}

/** A resolution in lists: everything but its text. */
export interface ResolutionSummary {
  id: number;
  symbol: string;
  body: Body;
  sessionNumber: number | null;
  resolutionNumber: string;
  title: string;
  adoptedOn: IsoDate | null;
  meeting: string | null;
  committeeReport: string | null;
  /** The Main Committee it was adopted on the report of; PLENARY: without reference to one; null when unknown. */
  mainCommittee: MainCommittee | null;
  agendaItemNumber: string | null;
  /** A review or sunset clause ("decides to review ...", "shall apply only during ..."): what the UN80 review counts. */
  hasReviewClause: boolean;
  reviewClauses: ReviewClauseView[];
  sourceFormat: SourceFormat;
  checksum: string;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** The official address: "S/RES/1325 (2000)" is S/RES/1325(2000) there. */
  undocsUrl: string;
}

/** GET /api/resolutions/:id and what a write answers. */
export interface ResolutionView extends ResolutionSummary {
  sourceText: string;
}

/** One resolution of GET /api/resolutions/:id/series, the timeline of what it recalls and what recalls it. */
export interface SeriesEntry {
  /** Null for a recalled resolution that has not been imported yet. */
  id: number | null;
  symbol: string;
  title: string | null;
  sessionNumber: number | null;
  adoptedOn: IsoDate | null;
  place: 'earlier' | 'this' | 'later';
  /** False for a resolution recalled by the series but not imported: shown with its symbol and its undocs.org link. */
  imported: boolean;
  /** https://undocs.org/<symbol>, for every resolution of the series. */
  undocsUrl: string;
}

/** POST /api/resolutions. */
export interface CreateResolutionRequest {
  symbol: string;
  body: Body;
  sessionNumber?: number | null;
  resolutionNumber: string;
  title: string;
  adoptedOn?: IsoDate | null;
  meeting?: string | null;
  committeeReport?: string | null;
  mainCommittee?: MainCommittee | null;
  agendaItemNumber?: string | null;
  sourceText?: string;
  sourceFormat?: SourceFormat;
}

/** PATCH /api/resolutions/:id: null clears an optional field; `version` is the one read (a stale one gets 409). */
export interface UpdateResolutionRequest extends Partial<CreateResolutionRequest> {
  version: number;
}

/**
 * GET /api/resolutions/:id/deletion: what deleting the resolution takes with it, shown before anyone confirms.
 * The database removes these with the resolution; the audit trail keeps a record of each.
 */
export interface ResolutionDeletionView {
  id: number;
  symbol: string;
  paragraphs: number;
  obligations: number;
  /** Of those, the ones someone has followed up (status moved on, an office or focal point set, or reviewed). */
  obligationsFollowedUp: number;
  notes: number;
  /** Links of its obligations to documents. */
  documentLinks: number;
  /** Links of other resolutions' obligations whose evidence is a paragraph of this one. */
  evidenceLinks: number;
}
