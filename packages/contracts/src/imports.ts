import type { ObligationView, UpdateObligationRequest } from './obligations.js';
import type { ResolutionSummary } from './resolutions.js';

export const PARAGRAPH_KINDS = ['PREAMBULAR', 'OPERATIVE'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

/** Strength as the parser writes it, in lower case; stored obligations use ObligationStrength. */
export type ExtractedStrength = 'mandatory' | 'hortatory';

/** How the uploaded file was read. */
export type ImportSourceKind = 'pdf' | 'docx' | 'text';

/** The resolution's own fields as an import would store them. */
export type ImportedResolutionFields = Omit<ResolutionSummary, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'undocsUrl'>;

export interface ParsedFootnote {
  /** The mark as printed: "15", "*". */
  marker: string;
  text: string;
  symbols: string[];
}

export interface ParsedParagraphView {
  /** "preamble__para_3", "para_12", "para_4__list_1__point_b". */
  eId: string;
  kind: ParagraphKind;
  number: number | null;
  subParagraph: string | null;
  /** As people write it: "12", "4 (b)", "PP3". */
  ref: string;
  position: number;
  leadVerb: string | null;
  text: string;
  footnotes: ParsedFootnote[];
}

/** An obligation the parser read from a clause, before anyone reviewed it: the fields it will be stored with, and where it was read. */
export interface ExtractedObligationView extends Pick<
  ObligationView,
  'kind' | 'actor' | 'recipient' | 'dueBody' | 'dueSession' | 'dueDate' | 'recurrence' | 'agendaItemTitle' | 'quote' | 'confidence'
> {
  /** Stable across re-imports: "para_23__obligation_1". */
  eId: string;
  /** The paragraph as printed: "12" or "4 (b)". */
  paragraph: string;
  paragraphEId: string;
  strength: ExtractedStrength;
  /** The operative verb, lower case: "requests", "decides". */
  verb: string;
}

export interface ImportWarning {
  code: string;
  message: string;
}

/** What a re-import of the same symbol would change. */
export interface ExistingComparison {
  id: number;
  outcome: 'unchanged' | 'changed';
  changedFields: { field: string; before: unknown; after: unknown }[];
  obligations: { added: string[]; removed: string[]; updated: string[]; keptReviewed: string[] };
}

/** POST /api/imports with pasted text; a file comes as multipart/form-data in a field named `file`. */
export interface PreviewImportRequest {
  text: string;
}

/** What POST /api/imports answers: what importing the text would store and change; nothing is written. */
export interface ImportPreviewView {
  text: string;
  resolution: ImportedResolutionFields;
  paragraphs: ParsedParagraphView[];
  obligations: ExtractedObligationView[];
  recalls: string[];
  acknowledgedReports: { paragraph: string; symbols: string[] }[];
  warnings: ImportWarning[];
  existing: ExistingComparison | null;
}

/** The preview of an uploaded file (or pasted text), with what it was read from. */
export interface ImportFilePreviewView extends ImportPreviewView {
  filename: string;
  sourceKind: ImportSourceKind;
}

/**
 * A reviewer's decision on one extracted obligation, and any corrections, keyed by its eId: the fields a
 * person may correct on a stored obligation, except strength, which the parser writes in lower case.
 */
export interface ObligationDecision extends Pick<
  UpdateObligationRequest,
  'reviewState' | 'kind' | 'actor' | 'recipient' | 'dueBody' | 'dueSession' | 'dueDate' | 'recurrence' | 'agendaItemTitle'
> {
  eId: string;
  strength?: ExtractedStrength;
  /** The paragraph as printed ("12", "4 (b)", "PP3"), when the parser numbered it wrongly. */
  paragraph?: string;
}

/** POST /api/imports/commit: the text is parsed again on the server. */
export interface CommitImportRequest {
  text: string;
  obligations?: ObligationDecision[];
}

/** What writing an imported resolution did. */
export interface ImportWriteResult {
  resolutionId: number;
  created: boolean;
  obligationsCreated: number;
  obligationsUpdated: number;
  obligationsRemoved: number;
  /** Reviewed or worked-on obligations a re-import left as people made them. */
  obligationsKept: number;
}

/** A follow-up link an import made: the obligation it proves (or may prove), by the document named. */
export interface FollowUpLinkMade {
  obligationId: number;
  /** The obligation as people cite it: "A/RES/57/159, para. 23". */
  obligation: string;
  /** The document linked: a report's symbol, or the resolution adopted under the item. */
  document: string;
  /** Why the link was proposed, in words. */
  evidence: string;
}

/** What POST /api/imports/commit answers. */
export type CommitOutcome =
  | { outcome: 'unchanged'; resolutionId: number; symbol: string }
  | ({
      outcome: 'created' | 'updated';
      symbol: string;
      /** Follow-up links found between this resolution and others: how many, and each of them. */
      links: number;
      linksMade: FollowUpLinkMade[];
    } & ImportWriteResult);
