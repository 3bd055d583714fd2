import type { AuditEventView } from '@mandate-tracker/contracts';
import type { AuditEvent } from '../generated/prisma/client';

/** BigInt ids do not survive JSON; they travel as strings. */
export function toAuditEventView(event: AuditEvent): AuditEventView {
  return { ...event, id: event.id.toString(), chainPosition: event.chainPosition.toString(), occurredAt: event.occurredAt.toISOString() };
}
