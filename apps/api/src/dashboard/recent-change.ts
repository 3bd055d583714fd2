import { Prisma } from '../generated/prisma/client';
import type { AuditRow } from './dashboard.repository';
import type { RecentChange } from '@mandate-tracker/contracts';

/**
 * The obligation's own columns, bookkeeping left out: the recorded views also carry derived
 * fields (overdue, allowed statuses ...) that change without anyone changing the obligation.
 */
const BOOKKEEPING = new Set<string>(['id', 'version', 'createdAt', 'updatedAt']);
const CHANGEABLE = new Set<string>(Object.values(Prisma.ObligationScalarFieldEnum).filter((field) => !BOOKKEEPING.has(field)));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The names of the fields whose value differs between an update's before and after. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => CHANGEABLE.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

export function toRecentChange(row: AuditRow): RecentChange {
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
    changes: row.action === 'UPDATE' ? changedFields(row.before, row.after) : [],
  };
}
