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
  /** The event's place in the audit trail's hash chain (a bigint, as text) and its SHA-256 hash, in hex. */
  chainPosition: string;
  hash: string;
}

/**
 * The audit log as people read it: every recorded event of every entity, with the fields that changed and their
 * values in words. Shared by GET /api/audit, the audit exports and the admin's Audit log screen.
 */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  CREATE: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Deleted',
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Failed sign-in',
  SIGN_OUT: 'Signed out',
};

/** Entities the trail records; `Export` is an export someone downloaded; users and tokens are the accounts' changes. */
export const AUDITED_ENTITIES = [
  'Resolution',
  'Obligation',
  'ObligationNote',
  'Document',
  'ObligationDocument',
  'Session',
  'Export',
  'CalendarFeed',
  'User',
  'ApiToken',
  'Office',
  'OfficeSuggestionRule',
] as const;
export type AuditedEntityName = (typeof AUDITED_ENTITIES)[number];

export const AUDITED_ENTITY_LABELS: Record<AuditedEntityName, string> = {
  Resolution: 'Resolution',
  Obligation: 'Obligation',
  ObligationNote: 'Note',
  Document: 'Document',
  ObligationDocument: 'Document link',
  Session: 'Session',
  Export: 'Export',
  CalendarFeed: 'Calendar feed',
  User: 'User',
  ApiToken: 'API token',
  Office: 'Office',
  OfficeSuggestionRule: 'Office suggestion rule',
};

/** One field of an event, in words: `Status: Pending → In progress`. */
export interface AuditFieldChangeView {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface AuditLogEntryView {
  /** The event's id (a string: it is a bigint). */
  id: string;
  occurredAt: string;
  actor: string;
  action: AuditAction;
  actionLabel: string;
  entityType: string;
  entityLabel: string;
  entityId: string;
  /** What the event is about, readable even when the entity is gone: `A/RES/78/70, para. 9`, `Document A/78/259`. */
  subject: string;
  /** Whether the entity still exists. */
  exists: boolean;
  /** Updates: the fields that changed; creations and deletions: the fields recorded. */
  changes: AuditFieldChangeView[];
  /** The changes as one line: `Status: Pending → In progress; Focal point: — → Jane Smith`. */
  summary: string;
}

/** The filter of GET /api/audit and of the audit exports. */
export interface AuditLogFilter {
  /** Who (exact, any case). */
  actor?: string;
  action?: AuditAction;
  entityType?: AuditedEntityName;
  entityId?: string;
  /** Obligations of one resolution, and their links and notes; works for deleted ones too. */
  resolutionSymbol?: string;
  /** From this day (YYYY-MM-DD), inclusive. */
  from?: string;
  /** Until this day (YYYY-MM-DD), inclusive. */
  to?: string;
}

/** The first event of the hash chain that does not check out, and why. */
export interface AuditChainBreak {
  /** The event's id (a bigint, as text) and its place in the chain. */
  eventId: string;
  chainPosition: string;
  reason: string;
}

/** GET /api/audit/verify and `npm run audit:verify`: the whole chain recomputed from the first event. */
export interface AuditChainReport {
  intact: boolean;
  /** How many events were checked. */
  events: number;
  /** The last event's place and hash: noted down by an auditor, a later report must still contain them. */
  head: { chainPosition: string; hash: string } | null;
  firstBroken: AuditChainBreak | null;
}

/**
 * One line of an obligation's history (GET /api/obligations/:id/history): its own changes, its document links
 * (added, confirmed, rejected, removed), its notes, and the imports of its resolution, each told in words.
 */
export interface ObligationHistoryEntry extends AuditEventView {
  /** "Status: Pending → In progress", "Document A/81/275 linked (fulfils)", "Note added: …", "Re-imported: …". */
  summary: string;
  /** The fields changed, labelled as people say them; empty for events that are not field changes. */
  changes: AuditFieldChangeView[];
}
