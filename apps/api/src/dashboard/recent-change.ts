import { AUDIT_ACTION_LABELS, changesOf, summaryOf, type RecentChange } from '@mandate-tracker/contracts';
import type { AuditRow } from './dashboard.repository';

/** One obligation event as the dashboard tells it, in the audit trail's shared words: "Status: Pending → In progress". */
export function toRecentChange(row: AuditRow): RecentChange {
  const changes = row.action === 'UPDATE' ? changesOf('Obligation', 'UPDATE', row.before, row.after) : [];
  return {
    id: row.id.toString(),
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor,
    action: row.action,
    obligationId: row.obligation_id,
    exists: row.obligation_exists,
    resolutionId: row.resolution_id,
    resolutionSymbol: row.resolution_symbol,
    paragraphRef: row.paragraph_ref,
    changes,
    summary: row.action === 'UPDATE' ? summaryOf('UPDATE', changes) : AUDIT_ACTION_LABELS[row.action],
  };
}
