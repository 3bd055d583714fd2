import type { Timestamp } from './wire.js';

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One recorded change, as GET /api/obligations/:id/history lists them. */
export interface AuditEventView {
  /** A bigint in the database: it travels as text. */
  id: string;
  occurredAt: Timestamp;
  actor: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The entity's view before and after the change, as JSON. */
  before: unknown;
  after: unknown;
}
