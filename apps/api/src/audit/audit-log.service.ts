import { Injectable } from '@nestjs/common';
import type { AuditLogEntryView } from '@mandate-tracker/contracts';
import { fromIsoDate } from '../common/iso-date';
import type { ListPage } from '../common/list/list-page';
import { ListTotals } from '../common/list/list-totals';
import type { ListRequest } from '../common/list/parse-list-query';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { AuditSubjects, type AuditDb } from './audit-subjects.repository';
import { toLogEntry, type RawEvent } from './audit-log-entry';
import type { AuditLogFilterDto } from './dto/audit-log-filter.dto';

export const AUDIT_LOG_SORTABLE = ['id', 'occurredAt'] as const;
export type AuditLogSortField = (typeof AUDIT_LOG_SORTABLE)[number];

const BATCH = 2000;

/** Runs one read of the trail; an export passes one that joins its snapshot. */
export type AuditRead = <T>(read: (db: AuditDb) => Promise<T>) => Promise<T>;

/** Every event of every entity, newest first, in words. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly subjects: AuditSubjects,
    private readonly totals: ListTotals,
  ) {}

  async list(request: ListRequest<AuditLogFilterDto, AuditLogSortField>): Promise<ListPage<AuditLogEntryView>> {
    const where = await this.whereOf(request.filter);
    const page = await this.totals.page('audit', where, {
      skip: request.skip,
      rows: () =>
        this.prisma.auditEvent.findMany({
          where,
          // Events of one transaction share their instant; the id keeps them in the order they were written.
          orderBy: [{ occurredAt: request.sort.direction }, { id: request.sort.direction }],
          skip: request.skip,
          take: request.take,
        }),
      count: () => this.prisma.auditEvent.count({ where }),
      view: (event) => event as RawEvent,
    });
    return { ...page, records: await this.inWords(page.records) };
  }

  /**
   * The whole log for a filter, oldest first, a batch at a time: exports stream it without holding it. Each batch
   * (its events and the names of what they are about) is one `read`: an export's reads all join its snapshot, so the
   * file neither gains events committed during the download nor names a resolution renamed meanwhile.
   */
  async *stream(filter: AuditLogFilterDto, read: AuditRead = (r) => r(this.prisma)): AsyncGenerator<AuditLogEntryView[]> {
    const where = await read((db) => this.whereOf(filter, db));
    let after: bigint | undefined;
    for (;;) {
      const batch = await read(async (db) => {
        const events = (await db.auditEvent.findMany({
          where: after === undefined ? where : { AND: [where, { id: { gt: after } }] },
          orderBy: { id: 'asc' },
          take: BATCH,
        })) as RawEvent[];
        return { events, entries: await this.inWords(events, db) };
      });
      if (batch.events.length === 0) return;
      yield batch.entries;
      after = batch.events[batch.events.length - 1]?.id;
      if (batch.events.length < BATCH) return;
    }
  }

  async inWords(events: RawEvent[], db: AuditDb = this.prisma): Promise<AuditLogEntryView[]> {
    const subjects = await this.subjects.for(events, db);
    return events.map((event) => toLogEntry(event, subjects.of(event), subjects.names));
  }

  async whereOf(filter: AuditLogFilterDto, db: AuditDb = this.prisma): Promise<Prisma.AuditEventWhereInput> {
    const conditions: Prisma.AuditEventWhereInput[] = [];
    if (filter.actor) conditions.push({ actor: { equals: filter.actor, mode: 'insensitive' } });
    if (filter.action) conditions.push({ action: filter.action });
    if (filter.entityType) conditions.push({ entityType: filter.entityType });
    if (filter.entityId) conditions.push({ entityId: filter.entityId });
    if (filter.from) conditions.push({ occurredAt: { gte: fromIsoDate(filter.from) } });
    if (filter.to) {
      const end = fromIsoDate(filter.to);
      end.setUTCDate(end.getUTCDate() + 1);
      conditions.push({ occurredAt: { lt: end } });
    }
    if (filter.resolutionSymbol) conditions.push(await this.resolutionEvents(filter.resolutionSymbol, db));
    return { AND: conditions };
  }

  /** A resolution's events and those of its obligations, links and notes, whether or not they still exist. */
  private async resolutionEvents(symbol: string, db: AuditDb): Promise<Prisma.AuditEventWhereInput> {
    const resolutionIds = await this.subjects.resolutionIdsOf(symbol, db);
    const obligationIds = await this.subjects.obligationIdsOf(resolutionIds, db);
    const attached = await this.subjects.attachedIdsOf(obligationIds, db);
    const byType = (type: string) => attached.filter((a) => a.entityType === type).map((a) => a.entityId);
    return {
      OR: [
        { entityType: 'Resolution', entityId: { in: resolutionIds.map(String) } },
        { entityType: 'Obligation', entityId: { in: obligationIds.map(String) } },
        { entityType: 'ObligationDocument', entityId: { in: byType('ObligationDocument') } },
        { entityType: 'ObligationNote', entityId: { in: byType('ObligationNote') } },
      ],
    };
  }
}
