import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import type { AuditAction } from '../generated/prisma/enums';

export type AuditedEntity = 'Resolution' | 'Obligation' | 'ObligationNote' | 'Document' | 'ObligationDocument' | 'Session' | 'CalendarFeed';

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** JSON columns take plain JSON: dates become ISO strings, bigints strings. */
function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue;
}

function rowOf(entry: AuditEntry): Prisma.AuditEventCreateManyInput {
  return {
    actor: entry.actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: asJson(entry.before),
    after: asJson(entry.after),
  };
}

/** Writes the audit trail inside the caller's transaction, so a change and its record stand or fall together. */
@Injectable()
export class AuditService {
  async record(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
    await tx.auditEvent.create({ data: rowOf(entry) });
  }

  /** One statement for many entries: an import records every obligation it creates. */
  async recordMany(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await tx.auditEvent.createMany({ data: entries.map(rowOf) });
  }
}
