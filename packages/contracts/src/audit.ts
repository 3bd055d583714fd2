import type { Timestamp } from './wire.js';
import type { FieldChangeInWords } from './audit-words.js';

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

/**
 * One line of an obligation's history (GET /api/obligations/:id/history): its own changes, its document links
 * (added, confirmed, rejected, removed), its notes, and the imports of its resolution, each told in words.
 */
export interface ObligationHistoryEntry extends AuditEventView {
  /** "Status: Pending → In progress", "Document A/81/275 linked (fulfils)", "Note added: …", "Re-imported: …". */
  summary: string;
  /** The fields changed, labelled as people say them; empty for events that are not field changes. */
  changes: FieldChangeInWords[];
}
