/** The preview the API answers for a file or pasted text (apps/api/src/imports/imports.service.ts). */
export interface ExtractedObligation {
  eId: string;
  paragraph: string;
  paragraphEId: string;
  kind: string;
  strength: 'mandatory' | 'hortatory';
  actor: string;
  recipient: string | null;
  dueBody: string | null;
  dueSession: number | null;
  dueDate: string | null;
  recurrence: string | null;
  agendaItemTitle: string | null;
  quote: string;
  confidence: number;
}

export interface ParsedParagraph {
  eId: string;
  kind: 'PREAMBULAR' | 'OPERATIVE';
  ref: string;
  text: string;
}

export interface ImportPreview {
  filename: string;
  text: string;
  resolution: {
    symbol: string;
    title: string;
    body: string;
    sessionNumber: number | null;
    adoptedOn: string | null;
    meeting: string | null;
    agendaItemNumber: string | null;
  };
  paragraphs: ParsedParagraph[];
  obligations: ExtractedObligation[];
  recalls: string[];
  acknowledgedReports: { paragraph: string; symbols: string[] }[];
  warnings: { code: string; message: string }[];
  existing: null | {
    id: number;
    outcome: 'unchanged' | 'changed';
    changedFields: { field: string; before: unknown; after: unknown }[];
    obligations: { added: string[]; removed: string[]; updated: string[]; keptReviewed: string[] };
  };
}

/** A reviewer's decision and corrections for one obligation, as the commit endpoint takes them. */
export interface ObligationDecision {
  eId: string;
  reviewState?: 'CONFIRMED' | 'REJECTED' | 'NEEDS_REVIEW';
  kind?: string;
  actor?: string;
  dueSession?: number | null;
  agendaItemTitle?: string | null;
}

export interface CommitOutcome {
  outcome: 'created' | 'updated' | 'unchanged';
  resolutionId: number;
  symbol: string;
  obligationsCreated?: number;
  obligationsKept?: number;
  links?: number;
}
