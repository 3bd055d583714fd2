import {
  AUDIT_ACTION_LABELS,
  AUDITED_ENTITY_LABELS,
  changesOf,
  summaryOf,
  type AuditAction,
  type AuditLogEntryView,
  type AuditNames,
} from '@mandate-tracker/contracts';

/** An audit_event row as Prisma reads it. */
export interface RawEvent {
  id: bigint;
  occurredAt: Date;
  actor: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** One line of the audit log; the words come from contracts, shared with the obligation's history and the admin. */
export function toLogEntry(event: RawEvent, subject: { text: string; exists: boolean }, names: AuditNames): AuditLogEntryView {
  const changes = changesOf(event.entityType, event.action, event.before, event.after, names);
  return {
    id: event.id.toString(),
    occurredAt: event.occurredAt.toISOString(),
    actor: event.actor,
    action: event.action,
    actionLabel: AUDIT_ACTION_LABELS[event.action],
    entityType: event.entityType,
    entityLabel: (AUDITED_ENTITY_LABELS as Record<string, string>)[event.entityType] ?? event.entityType,
    entityId: event.entityId,
    subject: subject.text,
    exists: subject.exists,
    changes,
    summary: summaryOf(event.action, changes),
  };
}
