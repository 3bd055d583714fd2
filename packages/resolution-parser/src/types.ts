/**
 * Public shapes of the parser's output. Enumerations use the same names as the API's database enums
 * (Body, SourceFormat, ParagraphKind, ObligationKind) so they can be stored without translation;
 * strength stays lower case as in the seeds' expected extraction.
 */

export type Body = 'GENERAL_ASSEMBLY' | 'SECURITY_COUNCIL' | 'ECONOMIC_AND_SOCIAL_COUNCIL' | 'HUMAN_RIGHTS_COUNCIL';

export type SourceFormat = 'PDF_TEXT' | 'WORD_TEXT' | 'MARKDOWN' | 'HTML' | 'PLAIN';

export type ParagraphKind = 'PREAMBULAR' | 'OPERATIVE';

export type ObligationKind = 'REPORT' | 'AGENDA_ITEM' | 'TASK' | 'MEETING' | 'STATE_ACTION' | 'MANDATE_RENEWAL';

export type ObligationStrength = 'mandatory' | 'hortatory';

/** The General Assembly's Main Committee whose report a resolution was adopted on; PLENARY: without reference to one. */
export type MainCommittee = 'PLENARY' | 'FIRST' | 'SECOND' | 'THIRD' | 'FOURTH' | 'FIFTH' | 'SIXTH';

export interface Footnote {
  /** The mark as printed: "15", "*". */
  marker: string;
  text: string;
  /** Document symbols the note names, normalised and expanded ("A/62/307 and Corr.3" gives two). */
  symbols: string[];
}

export interface ParsedParagraph {
  /** Akoma Ntoso style identifier: "preamble__para_3", "para_12", "para_4__list_1__point_b". */
  eId: string;
  kind: ParagraphKind;
  /** Operative paragraph number; null for preambular paragraphs. */
  number: number | null;
  /** "(b)" or "(b) (ii)" for sub-paragraphs, else null. */
  subParagraph: string | null;
  /**
   * Section ("I", "II", ...) of a resolution in parts that number their paragraphs anew (the Fifth Committee's
   * omnibus texts); null otherwise.
   */
  section: string | null;
  /** Reference as people write it: "12", "4 (b)", "II.3" in a section; preambular paragraphs are "PP3". */
  ref: string;
  /** Order in the document, from 1. */
  position: number;
  /** Opening words: "Recalling also", "Requests", "Takes note with appreciation". */
  leadVerb: string | null;
  /** Text without number, footnote marks or layout; a paragraph with sub-paragraphs keeps only its chapeau. */
  text: string;
  footnotes: Footnote[];
}

export interface AcknowledgedReport {
  paragraph: string;
  symbols: string[];
}

export type WarningCode =
  | 'EMPTY'
  | 'NOT_TEXT'
  | 'NOT_PROSE'
  | 'NO_OPENING_LINE'
  | 'NO_SYMBOL'
  | 'NO_TITLE'
  | 'NO_OPERATIVE_PARAGRAPHS'
  | 'NO_NUMBERED_PARAGRAPHS'
  | 'DUPLICATE_PARAGRAPH'
  | 'PARAGRAPH_NUMBER_REPEATED'
  | 'PARAGRAPH_NUMBERING_GAP'
  | 'SUBPARAGRAPH_OUT_OF_ORDER'
  | 'TEXT_AFTER_CLOSING'
  | 'RELATIVE_DUE_WITHOUT_DATE'
  | 'TOO_MANY_PARAGRAPHS'
  | 'TOO_MANY_CLAUSES'
  | 'TOO_MANY_OBLIGATIONS'
  | 'INTERNAL_ERROR';

export interface ParseWarning {
  code: WarningCode;
  message: string;
}

/** A provision for reviewing the resolution's decisions or for their end. */
export interface ReviewClause {
  /** Paragraph reference: "12", "4 (b)". */
  paragraph: string;
  kind: 'REVIEW' | 'SUNSET';
  quote: string;
}

export interface ParsedResolution {
  symbol: string | null;
  body: Body | null;
  session: number | null;
  number: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  adoptedOn: string | null;
  meeting: string | null;
  committeeReport: string | null;
  /** Read from "[on the report of the … Committee (A/NN/NNN)]" or "[without reference to a Main Committee]". */
  mainCommittee: MainCommittee | null;
  agendaItemNumber: number | null;
  /** Agenda item as printed, including a sub-item letter: "69 (b)". */
  agendaItem: string | null;
  format: SourceFormat;
  recalls: string[];
  acknowledgedReports: AcknowledgedReport[];
  paragraphs: ParsedParagraph[];
  /** Review and sunset clauses ("decides to review ...", "shall apply only during ..."). */
  reviewClauses: ReviewClause[];
  /** Whether the resolution holds at least one review or sunset clause (what the UN80 mandate review counts). */
  hasReviewClause: boolean;
  /** Every footnote found, in order, including those cited in the heading. */
  footnotes: Footnote[];
  warnings: ParseWarning[];
}

export interface ExtractedObligation {
  /** Stable identifier: the paragraph's eId plus the obligation's rank in it ("para_23__obligation_1"). */
  eId: string;
  /** Paragraph reference as printed: "12" or "4 (b)". */
  paragraph: string;
  paragraphEId: string;
  kind: ObligationKind;
  strength: ObligationStrength;
  /** The operative verb, lower case: "requests", "decides", "encourages". */
  verb: string;
  actor: string;
  recipient: string | null;
  /** Organ whose session dueSession counts. */
  dueBody: Body | null;
  dueSession: number | null;
  dueDate: string | null;
  /** "annually", "biennially", "every 120 days", "every 6 months" ... */
  recurrence: string | null;
  agendaItemTitle: string | null;
  /** The clause the obligation was read from, verbatim apart from layout. */
  quote: string;
  /** 0..1: how sure the extraction is. */
  confidence: number;
}

export interface ParseOptions {
  /**
   * Also report hortatory calls on States and other actors outside the United Nations (STATE_ACTION and
   * TASK). Off by default: only mandatory obligations and hortatory ones addressed to the Secretary-General
   * or a United Nations entity are tracked.
   */
  includeHortatoryCallsOnStates?: boolean;
  /** Reference date (ISO) for "within 90 days" when the text gives no adoption date. */
  adoptedOn?: string;
}

export interface ResolutionAnalysis extends ParsedResolution {
  obligations: ExtractedObligation[];
}
