import type { AuditEventView, ObligationHistoryEntry } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { toAuditEventView } from '../audit/audit-event.view';
import { AppError } from '../common/errors/app-error';
import { PrismaService } from '../prisma/prisma.service';
import { historyEntryOf, type HistoryContext } from './history-in-words';

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** A resolution event is an import when it created the resolution or changed its text (the checksum). */
function importKind(event: AuditEventView): 'imported' | 're-imported' | null {
  if (event.action === 'CREATE') return 'imported';
  if (event.action === 'UPDATE' && record(event.before)['checksum'] !== record(event.after)['checksum']) return 're-imported';
  return null;
}

/**
 * An obligation's whole story: its own changes, the links to documents that prove or relate to it, its notes,
 * and the imports of its resolution. The trail keeps the link's and note's obligation in their JSON, so they are
 * found there; symbols are read now, so a renamed document shows its current symbol.
 */
@Injectable()
export class ObligationHistoryService {
  constructor(private readonly prisma: PrismaService) {}

  async history(id: number): Promise<ObligationHistoryEntry[]> {
    const [obligation, own] = await Promise.all([
      this.prisma.obligation.findUnique({ where: { id }, select: { resolutionId: true, resolution: { select: { symbol: true } } } }),
      this.prisma.auditEvent.findMany({ where: { entityType: 'Obligation', entityId: String(id) } }),
    ]);
    // A deleted obligation keeps its history: the trail, not the table, says it existed and where it belonged.
    const owner = obligation ?? (await this.deletedOwner(own));
    if (!owner) throw AppError.notFound('Obligation', id);
    const [related, resolutionEvents] = await Promise.all([
      this.prisma.auditEvent.findMany({
        where: {
          entityType: { in: ['ObligationDocument', 'ObligationNote'] },
          OR: [{ after: { path: ['obligationId'], equals: id } }, { before: { path: ['obligationId'], equals: id } }],
        },
      }),
      this.prisma.auditEvent.findMany({ where: { entityType: 'Resolution', entityId: String(owner.resolutionId) } }),
    ]);
    const ownViews = own.map(toAuditEventView);
    const since = ownViews.reduce<string | null>(
      (first, event) => (first === null || event.occurredAt < first ? event.occurredAt : first),
      null,
    );
    const imports = resolutionEvents
      .map(toAuditEventView)
      .filter((event) => importKind(event) !== null && (since === null || event.occurredAt >= since));
    const context: HistoryContext = {
      resolutionSymbol: owner.resolution.symbol,
      importedAt: new Map(imports.map((event) => [event.occurredAt, importKind(event) ?? 'imported'])),
      documentSymbols: await this.documentSymbols(related.map((event) => record(event.after ?? event.before)['documentId'])),
    };
    return [...imports, ...ownViews, ...related.map(toAuditEventView)]
      .sort((a, b) => (a.occurredAt === b.occurredAt ? Number(BigInt(a.id) - BigInt(b.id)) : a.occurredAt < b.occurredAt ? -1 : 1))
      .map((event) => historyEntryOf(event, context));
  }

  /** Where a deleted obligation belonged, read from its own events and its resolution's (which name the symbol). */
  private async deletedOwner(
    own: { before: unknown; after: unknown }[],
  ): Promise<{ resolutionId: number; resolution: { symbol: string } } | null> {
    const resolutionId = own.map((event) => record(event.after ?? event.before)['resolutionId']).find((value) => typeof value === 'number');
    if (typeof resolutionId !== 'number') return null;
    const resolutionEvents = await this.prisma.auditEvent.findMany({
      where: { entityType: 'Resolution', entityId: String(resolutionId) },
      select: { before: true, after: true },
    });
    const symbol = resolutionEvents
      .map((event) => record(event.before ?? event.after)['symbol'])
      .find((value) => typeof value === 'string');
    return { resolutionId, resolution: { symbol: typeof symbol === 'string' ? symbol : `resolution ${resolutionId}` } };
  }

  private async documentSymbols(ids: unknown[]): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((value): value is number => typeof value === 'number'))];
    if (wanted.length === 0) return new Map();
    const documents = await this.prisma.document.findMany({ where: { id: { in: wanted } }, select: { id: true, symbol: true } });
    return new Map(documents.map((document) => [document.id, document.symbol]));
  }
}
