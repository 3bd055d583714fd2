import { Prisma } from '../generated/prisma/client';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import type { AuditedEntity, AuditService } from './audit.service';

interface Versioned {
  id: number;
  version: number;
}

export interface VersionedUpdate<R extends Versioned, V> {
  tx: Prisma.TransactionClient;
  audit: AuditService;
  actor: string;
  entity: AuditedEntity;
  id: number;
  /** The version the caller read; undefined skips the check (bulk changes). */
  version: number | undefined;
  find: () => Promise<R | null>;
  /** Called with the current record; must write `where: { id, version: current.version }` and increment the version. */
  apply: (current: R) => Promise<R>;
  /** Throws an AppError when the change is not allowed from the current state. */
  check?: (current: R) => void;
  /** True when the change would leave the record as it is: then nothing is written, audited or versioned. */
  unchanged?: (current: R) => boolean;
  view: (record: R) => V;
}

/**
 * The one way a user's change is written: refuse a stale version with the
 * current record (409), apply, and record before and after in the audit
 * trail, all inside the caller's transaction.
 */
export async function updateVersioned<R extends Versioned, V>(change: VersionedUpdate<R, V>): Promise<V> {
  const current = await change.find();
  if (!current) throw AppError.notFound(change.entity, change.id);
  if (change.version !== undefined && change.version !== current.version) {
    throw new AppError(
      ErrorCode.STALE_VERSION,
      `${change.entity} ${change.id} was changed by someone else (you read version ${change.version}, it is now ${current.version})`,
      { current: change.view(current) },
    );
  }
  change.check?.(current);
  if (change.unchanged?.(current)) return change.view(current);
  const updated = await change.apply(current).catch((error: unknown) => {
    // Another writer bumped the version between our read and our write: the WHERE on version matched nothing.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
      throw new AppError(ErrorCode.STALE_VERSION, `${change.entity} ${change.id} was changed by someone else while saving; reload it`, {
        current: null,
      });
    }
    throw error;
  });
  const after = change.view(updated);
  await change.audit.record(change.tx, {
    actor: change.actor,
    action: 'UPDATE',
    entityType: change.entity,
    entityId: change.id,
    before: change.view(current),
    after,
  });
  return after;
}

/**
 * Creates a record and records it in the audit trail inside the caller's transaction: the CREATE event's `after`
 * is the view the caller answers with, unless `audited` says what the trail keeps instead (a token's owner, say).
 */
export async function createAudited<R extends { id: number }, V>(change: {
  tx: Prisma.TransactionClient;
  audit: AuditService;
  actor: string;
  entity: AuditedEntity;
  create: () => Promise<R>;
  view: (record: R) => V;
  audited?: (record: R) => unknown;
}): Promise<V> {
  const created = await change.create();
  const view = change.view(created);
  const after = change.audited ? change.audited(created) : view;
  await change.audit.record(change.tx, { actor: change.actor, action: 'CREATE', entityType: change.entity, entityId: created.id, after });
  return view;
}

/** Deletes after recording the record's last state; 404 when it is already gone. */
export async function deleteAudited<R extends Versioned, V>(change: {
  tx: Prisma.TransactionClient;
  audit: AuditService;
  actor: string;
  entity: AuditedEntity;
  id: number;
  find: () => Promise<R | null>;
  remove: () => Promise<unknown>;
  view: (record: R) => V;
}): Promise<V> {
  const current = await change.find();
  if (!current) throw AppError.notFound(change.entity, change.id);
  await change.remove();
  const before = change.view(current);
  await change.audit.record(change.tx, { actor: change.actor, action: 'DELETE', entityType: change.entity, entityId: change.id, before });
  return before;
}
