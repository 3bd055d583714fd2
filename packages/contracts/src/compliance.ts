/**
 * Compliance as of a date: each obligation's outcome on that day, reconstructed from the audit trail, with the
 * evidence that decided it. Shared by the API (GET /api/compliance, the exports) and the admin's Compliance page.
 */
export const COMPLIANCE_OUTCOMES = ['MET_ON_TIME', 'MET_LATE', 'OVERDUE', 'NOT_YET_DUE', 'NO_DEADLINE', 'DEFERRED', 'CANCELLED'] as const;
export type ComplianceOutcome = (typeof COMPLIANCE_OUTCOMES)[number];

export const COMPLIANCE_OUTCOME_LABELS: Record<ComplianceOutcome, string> = {
  MET_ON_TIME: 'Met on time',
  MET_LATE: 'Met late',
  OVERDUE: 'Not met, overdue',
  NOT_YET_DUE: 'Not yet due',
  NO_DEADLINE: 'Open, no deadline',
  DEFERRED: 'Deferred',
  CANCELLED: 'Cancelled',
};

/** What decided that an obligation was met, and on which day. */
export const MET_EVIDENCE_KINDS = ['DOCUMENT_ISSUED', 'DOCUMENT_ACKNOWLEDGED', 'DOCUMENT_LINKED', 'STATUS'] as const;
export type MetEvidenceKind = (typeof MET_EVIDENCE_KINDS)[number];

export const MET_EVIDENCE_LABELS: Record<MetEvidenceKind, string> = {
  DOCUMENT_ISSUED: 'issue date of the document',
  DOCUMENT_ACKNOWLEDGED: 'adoption of the resolution that acknowledged the document',
  DOCUMENT_LINKED: 'day the document was recorded',
  STATUS: 'day the status was recorded',
};

/** A document that fulfilled the obligation on the as-of date (link not rejected, not removed by then). */
export interface ComplianceDocumentEvidence {
  symbol: string;
  issuedOn: string | null;
  /** When and by whom the link was recorded (the audit trail's first record of it). */
  linkedAt: string | null;
  linkedBy: string | null;
  origin: string;
  reviewState: string;
  /** The resolution and paragraph that acknowledged the document, for links found automatically. */
  acknowledgedBy: { resolutionSymbol: string | null; adoptedOn: string | null; paragraph: string | null; note: string | null } | null;
}

export interface ComplianceStatusEvidence {
  status: string;
  /** When and by whom the obligation entered that status (the start of its current run). */
  recordedAt: string | null;
  recordedBy: string | null;
}

export interface ComplianceRowView {
  /** The obligation's id. */
  id: number;
  resolutionId: number;
  resolutionSymbol: string | null;
  resolutionTitle: string | null;
  /** The body and session that adopted the resolution. */
  body: string | null;
  session: number | null;
  paragraphRef: string;
  kind: string;
  actor: string;
  responsibleOffice: string | null;
  focalPoint: string | null;
  dueBody: string | null;
  dueSession: number | null;
  dueDate: string | null;
  /** The day it fell due: the due date, else the last day of the due session (session calendar). */
  dueOn: string | null;
  /** Status on the as-of date. */
  status: string;
  statusReason: string | null;
  outcome: ComplianceOutcome;
  /** The day it was met, when met. */
  metOn: string | null;
  metBy: MetEvidenceKind | null;
  /** Met late: days after dueOn. Overdue: days from dueOn to the as-of date. */
  daysLate: number | null;
  documents: ComplianceDocumentEvidence[];
  statusEvidence: ComplianceStatusEvidence | null;
  /** One sentence an auditor can read: what decided the outcome. */
  evidence: string;
}

export interface ComplianceFigure {
  /** The group: an office, a session, a body or a kind ('' when none recorded). */
  key: string;
  label: string;
  total: number;
  /** Met on time or late. */
  met: number;
  metOnTime: number;
  metLate: number;
  overdue: number;
  /** Met on time / (met + overdue), 0..1; null when none was due. */
  onTimeRate: number | null;
  /** Average days late of those met late or overdue; null when none. */
  averageDelayDays: number | null;
}

export const COMPLIANCE_GROUPINGS = ['office', 'session', 'body', 'kind'] as const;
export type ComplianceGrouping = (typeof COMPLIANCE_GROUPINGS)[number];

export const COMPLIANCE_GROUPING_LABELS: Record<ComplianceGrouping, string> = {
  office: 'Office',
  session: 'Session',
  body: 'Body',
  kind: 'Kind',
};

export interface ComplianceFiguresView {
  asOf: string;
  totals: ComplianceFigure;
  byOutcome: Record<ComplianceOutcome, number>;
  by: Record<ComplianceGrouping, ComplianceFigure[]>;
}

/** The filter of GET /api/compliance and of the compliance exports: the report's scope. */
export interface ComplianceFilter {
  /** Bodies that adopted the resolution. */
  body?: string[];
  /** Sessions at which the resolution was adopted. */
  session?: number[];
  dueSession?: number[];
  kind?: string[];
  /** Responsible offices (exact, any case). */
  office?: string[];
  /** Words in the actor: "Secretary-General". */
  actor?: string;
  resolutionId?: number[];
  /** A resolution id: every resolution of its series. */
  series?: number;
  outcome?: ComplianceOutcome[];
}
