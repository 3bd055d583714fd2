import type { Body } from './bodies.js';
import type { ObligationDocumentView } from './links.js';
import type { ReviewState } from './review.js';
import type { IsoDate, Timestamp } from './wire.js';

/** MANDATE_RENEWAL: the day a mandate the body set runs out ("extend the mandate ... until 31 May 2025"), due then. */
export const OBLIGATION_KINDS = ['REPORT', 'AGENDA_ITEM', 'TASK', 'MEETING', 'STATE_ACTION', 'MANDATE_RENEWAL'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export const OBLIGATION_KIND_LABELS: Record<ObligationKind, string> = {
  REPORT: 'Report',
  AGENDA_ITEM: 'Agenda item',
  TASK: 'Task',
  MEETING: 'Meeting',
  STATE_ACTION: 'Action by States',
  MANDATE_RENEWAL: 'Mandate renewal',
};

export const OBLIGATION_STRENGTHS = ['MANDATORY', 'HORTATORY'] as const;
export type ObligationStrength = (typeof OBLIGATION_STRENGTHS)[number];

export const OBLIGATION_STRENGTH_LABELS: Record<ObligationStrength, string> = {
  MANDATORY: 'Mandatory',
  HORTATORY: 'Hortatory',
};

/** Overdue is not a status: it is derived from the due session or date (see `ObligationView.overdue`). */
export const OBLIGATION_STATUSES = ['PENDING', 'IN_PROGRESS', 'SUBMITTED', 'FULFILLED', 'DEFERRED', 'CANCELLED'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  PENDING: 'Pending',
  IN_PROGRESS: 'In progress',
  SUBMITTED: 'Submitted',
  FULFILLED: 'Fulfilled',
  DEFERRED: 'Deferred',
  CANCELLED: 'Cancelled',
};

/** An obligation in GET /api/obligations and what a write answers. */
export interface ObligationView {
  id: number;
  resolutionId: number;
  paragraphId: number | null;
  /** Stable identifier from the parser ("para_23__obligation_1"); null for one a person added. */
  eId: string | null;
  /** As printed: "12" or "4 (b)". */
  paragraphRef: string;
  kind: ObligationKind;
  strength: ObligationStrength;
  actor: string;
  recipient: string | null;
  dueBody: Body | null;
  dueSession: number | null;
  dueDate: IsoDate | null;
  recurrence: string | null;
  agendaItemTitle: string | null;
  status: ObligationStatus;
  statusReason: string | null;
  reviewState: ReviewState;
  quote: string;
  confidence: number;
  responsibleOffice: string | null;
  focalPoint: string | null;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Fulfilled by a document (relation FULFILS) whose link nobody rejected. */
  proven: boolean;
  overdue: boolean;
  dueNow: boolean;
  /** The statuses the workflow allows next, so clients offer only those. */
  allowedStatuses: readonly ObligationStatus[];
  /** For a REPORT: the agenda item its own resolution schedules it under (the list's agenda item column); else null. */
  expectedUnderItem: string | null;
  resolution: { id: number; symbol: string; title: string; sessionNumber: number | null };
  /** Present where the paragraph was read with the obligation (its page, an update). */
  paragraph?: { eId: string; text: string; number: number | null; subParagraph: string | null } | null;
}

/** GET /api/obligations/:id: the obligation with its due session's days and its documents. */
export interface ObligationDetailView extends ObligationView {
  /** Opening and closing days of the due session, from the session calendar. */
  dueSessionDates: { opensOn: IsoDate; closesOn: IsoDate | null } | null;
  documents: ObligationDocumentView[];
}

/** A note on an obligation's page; notes are kept, never edited. */
export interface ObligationNoteView {
  id: number;
  obligationId: number;
  author: string;
  text: string;
  createdAt: Timestamp;
}

/** PATCH /api/obligations/:id: follow-up and corrections of what the parser extracted; null clears an optional field. */
export interface UpdateObligationRequest {
  /** The version read; a stale one is refused with 409. */
  version?: number;
  status?: ObligationStatus;
  /** Required to cancel. */
  statusReason?: string | null;
  reviewState?: ReviewState;
  responsibleOffice?: string | null;
  focalPoint?: string | null;
  kind?: ObligationKind;
  strength?: ObligationStrength;
  actor?: string;
  recipient?: string | null;
  dueBody?: Body | null;
  dueSession?: number | null;
  dueDate?: IsoDate | null;
  recurrence?: string | null;
  agendaItemTitle?: string | null;
  confidence?: number;
}

/** POST /api/obligations/:id/notes. */
export interface CreateObligationNoteRequest {
  text: string;
}
