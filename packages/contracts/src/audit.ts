import type { Timestamp } from './wire.js';

/** Changes to records, and the sign-in events of accounts (which have no before and after). */
export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One recorded change, as GET /api/obligations/:id/history lists them. */
export interface AuditEventView {
  /** A bigint in the database: it travels as text. */
  id: string;
  occurredAt: Timestamp;
  /** The display name of who acted (kept as sent for events recorded before accounts existed). */
  actor: string;
  /** The signed-in user, and the API token when one was used; null for events before accounts and for the system. */
  actorUserId: number | null;
  actorTokenId: number | null;
  /** The request that made the change, as in the server's log. */
  requestId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The entity's view before and after the change, as JSON. */
  before: unknown;
  after: unknown;
}
