import { Injectable } from '@nestjs/common';
import { valueInWords, type AuditNames } from '@mandate-tracker/contracts';
import { PrismaService } from '../prisma/prisma.service';
import type { RawEvent } from './audit-log-entry';

/** Where the trail is read: the API's client, or a transaction (an export's snapshot, so a file is one instant). */
export type AuditDb = Pick<PrismaService, 'auditEvent' | 'resolution' | 'obligation' | 'document' | '$queryRaw'>;

interface Known<T> {
  value: T;
  exists: boolean;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const numberOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;

export interface Subjects {
  of(event: RawEvent): { text: string; exists: boolean };
  names: AuditNames;
}

/**
 * Names what each event is about, also once the entity is gone: today's row when there is one, else its last
 * state in the trail. A deleted obligation is still `A/RES/78/70, para. 9`.
 */
@Injectable()
export class AuditSubjects {
  constructor(private readonly prisma: PrismaService) {}

  async for(events: readonly RawEvent[], db: AuditDb = this.prisma): Promise<Subjects> {
    /** Ids of `type` events, or, with a field, the ids their recorded state points to. */
    const ids = (type: string, field?: string): (number | null)[] =>
      events
        .filter((e) => e.entityType === type)
        .map((e) => (field ? numberOf(asRecord(e.after ?? e.before)[field]) : numberOf(e.entityId)));
    const obligationIds = new Set([
      ...ids('Obligation'),
      ...ids('ObligationDocument', 'obligationId'),
      ...ids('ObligationNote', 'obligationId'),
    ]);
    const obligations = await this.obligations(numbers(obligationIds), db);
    const resolutionIds = new Set([
      ...ids('Resolution'),
      ...ids('Obligation', 'resolutionId'),
      ...[...obligations.values()].map((o) => o.value.resolutionId),
    ]);
    const documentIds = new Set([...ids('Document'), ...ids('ObligationDocument', 'documentId')]);
    const [resolutions, documents] = await Promise.all([
      this.resolutions(numbers(resolutionIds), db),
      this.documents(numbers(documentIds), db),
    ]);
    const names: AuditNames = { documents: new Map([...documents].map(([id, known]) => [id, known.value])) };

    const mandate = (obligationId: number | null, state?: Record<string, unknown>) => {
      const known = obligationId === null ? undefined : obligations.get(obligationId);
      const resolutionId = numberOf(state?.resolutionId) ?? known?.value.resolutionId ?? null;
      const paragraph = (state?.paragraphRef as string | undefined) ?? known?.value.paragraphRef ?? '?';
      const symbol = resolutionId === null ? undefined : resolutions.get(resolutionId)?.value;
      return `${symbol ?? `resolution ${resolutionId ?? '?'}`}, para. ${paragraph}`;
    };

    return {
      names,
      of: (event) => {
        const state = asRecord(event.after ?? event.before);
        const id = numberOf(event.entityId);
        switch (event.entityType) {
          case 'Resolution':
            return {
              text: String(state.symbol ?? resolutions.get(id ?? 0)?.value ?? `resolution ${event.entityId}`),
              exists: resolutions.get(id ?? 0)?.exists ?? false,
            };
          case 'Obligation':
            return { text: mandate(id, state), exists: obligations.get(id ?? 0)?.exists ?? false };
          case 'ObligationDocument': {
            const documentId = numberOf(state.documentId);
            const symbol = documentId === null ? '?' : (documents.get(documentId)?.value ?? `document ${documentId}`);
            return { text: `${symbol} for ${mandate(numberOf(state.obligationId))}`, exists: event.action !== 'DELETE' };
          }
          case 'ObligationNote':
            return { text: `Note on ${mandate(numberOf(state.obligationId))}`, exists: true };
          case 'Document':
            return {
              text: `Document ${String(state.symbol ?? documents.get(id ?? 0)?.value ?? event.entityId)}`,
              exists: documents.get(id ?? 0)?.exists ?? false,
            };
          case 'Session': {
            const body = valueInWords('body', state.body) ?? 'Session';
            return { text: `${body}, session ${String(state.number ?? event.entityId)}`, exists: event.action !== 'DELETE' };
          }
          case 'Export':
            return { text: `Export of ${String(state.what ?? '?')} (${String(state.format ?? '?').toUpperCase()})`, exists: true };
          default:
            return { text: `${event.entityType} ${event.entityId}`, exists: false };
        }
      },
    };
  }

  /** Resolution ids whose symbol is (or was) the given one. */
  async resolutionIdsOf(symbol: string, db: AuditDb = this.prisma): Promise<number[]> {
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM resolution WHERE lower(symbol) = lower(${symbol})
      UNION
      SELECT entity_id::int FROM audit_event
       WHERE entity_type = 'Resolution' AND lower(COALESCE(after, before)->>'symbol') = lower(${symbol})`;
    return rows.map((row) => row.id);
  }

  /** Obligation ids of those resolutions, today's and those deleted since. */
  async obligationIdsOf(resolutionIds: number[], db: AuditDb = this.prisma): Promise<number[]> {
    if (resolutionIds.length === 0) return [];
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM obligation WHERE resolution_id = ANY(${resolutionIds}::int[])
      UNION
      SELECT entity_id::int FROM audit_event
       WHERE entity_type = 'Obligation' AND (COALESCE(after, before)->>'resolutionId')::int = ANY(${resolutionIds}::int[])`;
    return rows.map((row) => row.id);
  }

  /** Ids (as the trail writes them) of the links and notes of those obligations. */
  async attachedIdsOf(obligationIds: number[], db: AuditDb = this.prisma): Promise<{ entityType: string; entityId: string }[]> {
    if (obligationIds.length === 0) return [];
    return db.$queryRaw<{ entityType: string; entityId: string }[]>`
      SELECT DISTINCT entity_type AS "entityType", entity_id AS "entityId" FROM audit_event
       WHERE entity_type IN ('ObligationDocument', 'ObligationNote')
         AND (COALESCE(after, before)->>'obligationId')::int = ANY(${obligationIds}::int[])`;
  }

  private async lastStates(db: AuditDb, entityType: string, ids: number[]): Promise<Map<number, Record<string, unknown>>> {
    if (ids.length === 0) return new Map();
    const rows = await db.$queryRaw<{ id: string; state: unknown }[]>`
      SELECT DISTINCT ON (entity_id) entity_id AS id, COALESCE(after, before) AS state FROM audit_event
       WHERE entity_type = ${entityType} AND entity_id = ANY(${ids.map(String)}::text[])
       ORDER BY entity_id, occurred_at DESC, id DESC`;
    return new Map(rows.map((row) => [Number(row.id), asRecord(row.state)]));
  }

  private async resolutions(ids: number[], db: AuditDb): Promise<Map<number, Known<string>>> {
    const [rows, states] = await Promise.all([
      db.resolution.findMany({ where: { id: { in: ids } }, select: { id: true, symbol: true } }),
      this.lastStates(db, 'Resolution', ids),
    ]);
    const known = new Map<number, Known<string>>();
    for (const [id, state] of states) if (typeof state.symbol === 'string') known.set(id, { value: state.symbol, exists: false });
    for (const row of rows) known.set(row.id, { value: row.symbol, exists: true });
    return known;
  }

  private async obligations(
    ids: number[],
    db: AuditDb,
  ): Promise<Map<number, Known<{ resolutionId: number | null; paragraphRef: string }>>> {
    const [rows, states] = await Promise.all([
      db.obligation.findMany({ where: { id: { in: ids } }, select: { id: true, resolutionId: true, paragraphRef: true } }),
      this.lastStates(db, 'Obligation', ids),
    ]);
    const known = new Map<number, Known<{ resolutionId: number | null; paragraphRef: string }>>();
    for (const [id, state] of states) {
      known.set(id, {
        value: { resolutionId: numberOf(state.resolutionId), paragraphRef: String(state.paragraphRef ?? '?') },
        exists: false,
      });
    }
    for (const row of rows) known.set(row.id, { value: { resolutionId: row.resolutionId, paragraphRef: row.paragraphRef }, exists: true });
    return known;
  }

  private async documents(ids: number[], db: AuditDb): Promise<Map<number, Known<string>>> {
    const [rows, states] = await Promise.all([
      db.document.findMany({ where: { id: { in: ids } }, select: { id: true, symbol: true } }),
      this.lastStates(db, 'Document', ids),
    ]);
    const known = new Map<number, Known<string>>();
    for (const [id, state] of states) if (typeof state.symbol === 'string') known.set(id, { value: state.symbol, exists: false });
    for (const row of rows) known.set(row.id, { value: row.symbol, exists: true });
    return known;
  }
}

function numbers(set: Set<number | null>): number[] {
  return [...set].filter((n): n is number => n !== null);
}
