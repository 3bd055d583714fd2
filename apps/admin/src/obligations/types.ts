/** An obligation as the API answers it (see apps/api/src/obligations/obligation.view.ts). */
export interface ObligationRecord {
  id: number;
  eId: string | null;
  paragraphRef: string;
  kind: string;
  strength: string;
  actor: string;
  recipient: string | null;
  dueBody: string | null;
  dueSession: number | null;
  dueDate: string | null;
  recurrence: string | null;
  agendaItemTitle: string | null;
  status: string;
  statusReason: string | null;
  reviewState: string;
  quote: string;
  confidence: number;
  responsibleOffice: string | null;
  focalPoint: string | null;
  version: number;
  overdue: boolean;
  proven: boolean;
  dueNow: boolean;
  allowedStatuses: string[];
  /** For a report: the agenda item its resolution schedules it under. */
  expectedUnderItem?: string | null;
  resolution: { id: number; symbol: string; title: string; sessionNumber: number | null };
  paragraph?: { eId: string; text: string; number: number | null; subParagraph: string | null } | null;
  dueSessionDates?: { opensOn: string; closesOn: string | null } | null;
  documents?: ObligationLink[];
}

export interface ObligationLink {
  id: number;
  documentId: number;
  symbol: string;
  relation: string;
  evidenceResolutionId: number | null;
  evidenceParagraph: string | null;
  evidenceNote?: string | null;
  origin: string;
  reviewState: string;
}
