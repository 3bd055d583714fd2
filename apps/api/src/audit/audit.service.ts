import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import type { AuditAction } from '../generated/prisma/enums';
import { currentRequest } from './request-context';

export type AuditedEntity =
  | 'Resolution'
  | 'Obligation'
  | 'ObligationNote'
  | 'Document'
  | 'ObligationDocument'
  | 'Session'
  | 'Export'
  | 'CalendarFeed'
  | 'User'
  | 'ApiToken'
  | 'Office'
  | 'OfficeSuggestionRule';

/** Who acted, as recorded beside the actor's name; by default the signed-in user of the current request. */
export interface AuditIdentity {
  userId: number | null;
  tokenId: number | null;
  requestId: string | null;
}

export interface AuditEntry {
  /** The name shown in the trail (the user's display name, or `system`). */
  actor: string;
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** Only where no signed-in user acts yet (sign-in itself); otherwise taken from the request. */
  identity?: AuditIdentity;
}

/** JSON columns take plain JSON: dates become ISO strings, bigints strings. */
function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue;
}

function identityOf(entry: AuditEntry): AuditIdentity {
  if (entry.identity) return entry.identity;
  const request = currentRequest();
  return {
    userId: request?.userId ?? null,
    tokenId: request?.tokenId ?? null,
    requestId: request?.requestId ?? null,
  };
}

function rowOf(entry: AuditEntry): Prisma.AuditEventCreateManyInput {
  const identity = identityOf(entry);
  return {
    actor: entry.actor,
    actorUserId: identity.userId,
    actorTokenId: identity.tokenId,
    requestId: identity.requestId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: asJson(entry.before),
    after: asJson(entry.after),
  };
}

/**
 * Writes the audit trail inside the caller's transaction, so a change and its record stand or fall together.
 * Each event names the signed-in user (id, token, request id) from the request context.
 */
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
