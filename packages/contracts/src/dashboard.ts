import type { AuditAction, AuditFieldChangeView } from './audit.js';
import type { Body } from './bodies.js';
import type { ObligationStatus } from './obligations.js';
import type { ReviewState } from './review.js';
import type { IsoDate, Timestamp } from './wire.js';

export interface StatusCount {
  status: ObligationStatus;
  count: number;
}

export interface SessionDue {
  body: Body;
  number: number;
  total: number;
  /** Not yet submitted, fulfilled or cancelled. */
  open: number;
  byStatus: StatusCount[];
}

export interface RecentChange {
  /** The audit event's id (a bigint, as text). */
  id: string;
  occurredAt: Timestamp;
  actor: string;
  action: AuditAction;
  obligationId: number;
  /** False once the obligation has been deleted: the admin then shows it without a link. */
  exists: boolean;
  resolutionId: number | null;
  resolutionSymbol: string | null;
  paragraphRef: string | null;
  /** The fields an update changed, in words (bookkeeping such as version left out); empty for other actions. */
  changes: AuditFieldChangeView[];
  /** "Status: Pending → In progress; Focal point: — → Jane Smith", or "Created" / "Deleted". */
  summary: string;
}

/** GET /api/dashboard: the counts the admin's home page shows, every one derived at request time. */
export interface DashboardView {
  /** The day and General Assembly session the counts were derived for. */
  asOf: { today: IsoDate; currentSession: { body: Body; number: number } | null };
  total: number;
  byStatus: StatusCount[];
  byReviewState: { reviewState: ReviewState; count: number }[];
  overdue: {
    total: number;
    /** Most overdue first; `office: "unassigned"` (with `unassigned: true`) gathers those without a responsible office. */
    byOffice: { office: string; unassigned: boolean; count: number }[];
  };
  dueThisSession: SessionDue | null;
  dueNextSession: SessionDue | null;
  recentlyChanged: RecentChange[];
}
