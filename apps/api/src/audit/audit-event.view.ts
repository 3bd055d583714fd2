import type { AuditEvent } from '../generated/prisma/client';

export type AuditEventView = Omit<AuditEvent, 'id'> & { id: string };

/** BigInt ids do not survive JSON; they travel as strings. */
export function toAuditEventView(event: AuditEvent): AuditEventView {
  return { ...event, id: event.id.toString() };
}
