import type { ObligationDetailView, ObligationNoteView, ObligationView } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { createAudited, updateVersioned } from '../audit/audited-change';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { fromIsoDate, toIsoDate } from '../common/iso-date';
import type { ListPage } from '../common/list/list-page';
import { ListTotals } from '../common/list/list-totals';
import { literalLikePattern, searchWordConditions } from '../common/list/search-words';
import type { ListRequest } from '../common/list/parse-list-query';
import type { Prisma } from '../generated/prisma/client';
import { SeriesService } from '../series/series.service';
import { PrismaService } from '../prisma/prisma.service';
import { assertOfficeMayChange, type OfficeLimit } from '../auth/office-limit';
import { OfficesService } from '../offices/offices.service';
import { SessionCalendarService } from '../sessions/session-calendar.service';
import { DueClockService } from './due/due-clock.service';
import { ExpectedAgendaItemsRepository } from './expected-agenda-items.repository';
import { dueWhere, type DueClock } from './due/due-status';
import type { ObligationFilterDto } from './dto/obligation-filter.dto';
import type { UpdateObligationDto } from './dto/update-obligation.dto';
import { toDocumentLinkView } from './document-link.view';
import { toObligationNoteView } from './obligation-note.view';
import { toObligationView, type ObligationRecord } from './obligation.view';
import { checkTransition } from './status-workflow';

export const OBLIGATION_SORTABLE = [
  'id',
  'kind',
  'strength',
  'status',
  'reviewState',
  'dueSession',
  'dueDate',
  'actor',
  'confidence',
  'updatedAt',
] as const;
export type ObligationSortField = (typeof OBLIGATION_SORTABLE)[number];

const WITH_RESOLUTION = {
  resolution: { select: { id: true, symbol: true, title: true, sessionNumber: true } },
} as const;
const WITH_PARAGRAPH = { ...WITH_RESOLUTION, paragraph: { select: { eId: true, text: true, number: true, subParagraph: true } } } as const;

function whereOf(filter: ObligationFilterDto, clock: DueClock, series: number[] | undefined): Prisma.ObligationWhereInput {
  const conditions: Prisma.ObligationWhereInput[] = [];
  if (series) conditions.push({ resolutionId: { in: series } });
  if (filter.id) conditions.push({ id: { in: filter.id } });
  for (const field of ['kind', 'strength', 'status', 'reviewState', 'dueBody', 'dueSession', 'resolutionId'] as const) {
    if (filter[field] !== undefined) conditions.push({ [field]: filter[field] });
  }
  if (filter.dueSessionFrom !== undefined) conditions.push({ dueSession: { gte: filter.dueSessionFrom } });
  if (filter.dueSessionTo !== undefined) conditions.push({ dueSession: { lte: filter.dueSessionTo } });
  if (filter.actor) conditions.push({ actor: { contains: literalLikePattern(filter.actor), mode: 'insensitive' } });
  if (filter.responsibleOffice) {
    // Any name the office answers to finds its obligations: "Mine Action Service" as well as UNMAS.
    const named = filter.responsibleOffice;
    conditions.push({
      OR: [
        { responsibleOffice: { equals: named, mode: 'insensitive' } },
        { office: { name: { equals: named, mode: 'insensitive' } } },
        { office: { aliases: { has: named } } },
      ],
    });
  }
  if (filter.unassigned !== undefined) conditions.push({ responsibleOffice: filter.unassigned ? null : { not: null } });
  if (filter.overdue !== undefined) conditions.push(dueWhere('overdue', filter.overdue, clock));
  conditions.push(...searchWordConditions(filter.q));
  return { AND: conditions };
}

/** Obligations without a due session or date sort after those with one, whichever the direction. */
const NULLABLE_SORT_FIELDS: readonly ObligationSortField[] = ['dueSession', 'dueDate'];

function orderOf(field: ObligationSortField, direction: 'asc' | 'desc'): Prisma.ObligationOrderByWithRelationInput {
  return { [field]: NULLABLE_SORT_FIELDS.includes(field) ? { sort: direction, nulls: 'last' } : direction };
}

@Injectable()
export class ObligationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: DueClockService,
    private readonly calendar: SessionCalendarService,
    private readonly totals: ListTotals,
    private readonly expectedItems: ExpectedAgendaItemsRepository,
    private readonly offices: OfficesService,
    private readonly series: SeriesService,
  ) {}

  async list(request: ListRequest<ObligationFilterDto, ObligationSortField>): Promise<ListPage<ObligationView>> {
    const clock = await this.clock.now();
    const series = request.filter.series === undefined ? undefined : await this.seriesIds(request.filter.series);
    const where = whereOf(request.filter, clock, series);
    let underItem = new Map<number, string>();
    return this.totals.page('obligations', where, {
      skip: request.skip,
      rows: async () => {
        const rows = await this.prisma.obligation.findMany({
          where,
          include: WITH_RESOLUTION,
          orderBy: [orderOf(request.sort.field, request.sort.direction), { id: 'asc' }],
          skip: request.skip,
          take: request.take,
        });
        underItem = await this.expectedItems.of(rows);
        return rows;
      },
      count: () => this.prisma.obligation.count({ where }),
      view: (record) => toObligationView(record, clock, underItem.get(record.id) ?? null),
    });
  }

  /** Every obligation a saved filter matches, soonest due first, at most `limit`: what a calendar feed shows. */
  async matching(filter: ObligationFilterDto, limit: number): Promise<ObligationRecord[]> {
    const clock = await this.clock.now();
    const series = filter.series === undefined ? undefined : await this.seriesIds(filter.series);
    return this.prisma.obligation.findMany({
      where: whereOf(filter, clock, series),
      include: WITH_RESOLUTION,
      orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { dueSession: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      take: limit,
    });
  }

  /** The list's filter as a condition, with the clock it was read against: exports select exactly what the list shows. */
  async whereFor(filter: ObligationFilterDto): Promise<{ where: Prisma.ObligationWhereInput; clock: DueClock }> {
    const clock = await this.clock.now();
    const series = filter.series === undefined ? undefined : await this.seriesIds(filter.series);
    return { where: whereOf(filter, clock, series), clock };
  }

  async get(id: number): Promise<ObligationDetailView> {
    const [record, clock] = await Promise.all([
      this.prisma.obligation.findUnique({
        where: { id },
        include: {
          ...WITH_PARAGRAPH,
          documents: { include: { document: { select: { symbol: true, title: true, issuedOn: true } } }, orderBy: { id: 'asc' } },
        },
      }),
      this.clock.now(),
    ]);
    if (!record) throw AppError.notFound('Obligation', id);
    const { documents, ...obligation } = record;
    const underItem = await this.expectedItems.of([obligation]);
    const dates =
      obligation.dueBody && obligation.dueSession ? await this.calendar.datesOf(obligation.dueBody, obligation.dueSession) : null;
    return {
      ...toObligationView(obligation, clock, underItem.get(id) ?? null),
      dueSessionDates: dates ? { opensOn: dates.opensOn, closesOn: dates.closesOn } : null,
      documents: documents.map(({ document, ...link }) => ({
        ...toDocumentLinkView(link),
        symbol: document.symbol,
        title: document.title,
        issuedOn: toIsoDate(document.issuedOn),
      })),
    };
  }

  async update(id: number, input: UpdateObligationDto, actor: string, offices: OfficeLimit = null): Promise<ObligationView> {
    const { version, dueDate, ...changes } = input;
    // Chosen from the offices list: any of its names is stored as the office's label; an unknown one is a 400.
    changes.responsibleOffice = await this.offices.resolve(changes.responsibleOffice, 'responsibleOffice');
    const clock = await this.clock.now();
    const view = await this.prisma.transaction((tx) =>
      updateVersioned({
        tx,
        audit: this.audit,
        actor,
        entity: 'Obligation',
        id,
        version,
        find: () => tx.obligation.findUnique({ where: { id }, include: WITH_PARAGRAPH }),
        check: (current) => {
          assertOfficeMayChange(offices, current.responsibleOffice, id);
          assertOfficeMayChange(offices, changes.responsibleOffice, id);
          if (changes.status === undefined) return;
          // Only the reason sent with this move counts: one kept from an earlier, since reopened, cancellation does not.
          const check = checkTransition(current.status, changes.status, changes.statusReason);
          if (!check.allowed) throw AppError.validation({ status: check.reason });
        },
        unchanged: (current) =>
          (dueDate === undefined || dueDate === toIsoDate(current.dueDate)) &&
          Object.entries(changes).every(([field, value]) => value === undefined || current[field as keyof typeof changes] === value),
        apply: (current) =>
          tx.obligation.update({
            where: { id, version: current.version },
            data: { ...changes, dueDate: fromIsoDate(dueDate), version: { increment: 1 } },
            include: WITH_PARAGRAPH,
          }),
        view: (record) => toObligationView(record, clock),
      }),
    );
    view.expectedUnderItem = (await this.expectedItems.of([view])).get(id) ?? null;
    return view;
  }

  async notes(id: number): Promise<ObligationNoteView[]> {
    const found = await this.prisma.obligation.findUnique({ where: { id }, select: { id: true } });
    if (!found) return this.notesOfDeleted(id);
    const notes = await this.prisma.obligationNote.findMany({ where: { obligationId: id }, orderBy: { id: 'asc' } });
    return notes.map(toObligationNoteView);
  }

  async addNote(id: number, text: string, author: string): Promise<ObligationNoteView> {
    return this.prisma.transaction(async (tx) => {
      if (!(await tx.obligation.findUnique({ where: { id }, select: { id: true } }))) throw AppError.notFound('Obligation', id);
      return createAudited({
        tx,
        audit: this.audit,
        actor: author,
        entity: 'ObligationNote',
        create: () => tx.obligationNote.create({ data: { obligationId: id, text: text.trim(), author } }),
        view: toObligationNoteView,
        audited: (note) => note,
      });
    });
  }

  /**
   * A deleted obligation's notes went with it (ON DELETE CASCADE), but each was recorded whole when written: they
   * are told from the trail, as its history is. An obligation the trail never saw is still 404.
   */
  private async notesOfDeleted(id: number): Promise<ObligationNoteView[]> {
    const [existed, written] = await Promise.all([
      this.prisma.auditEvent.count({ where: { entityType: 'Obligation', entityId: String(id) } }),
      this.prisma.auditEvent.findMany({
        where: { entityType: 'ObligationNote', action: 'CREATE', after: { path: ['obligationId'], equals: id } },
        orderBy: { id: 'asc' },
      }),
    ]);
    if (existed === 0) throw AppError.notFound('Obligation', id);
    return written.map((event) => {
      const note = (event.after ?? {}) as Record<string, unknown>;
      return {
        id: typeof note['id'] === 'number' ? note['id'] : Number(event.entityId),
        obligationId: id,
        author: typeof note['author'] === 'string' ? note['author'] : event.actor,
        text: typeof note['text'] === 'string' ? note['text'] : '',
        createdAt: typeof note['createdAt'] === 'string' ? note['createdAt'] : event.occurredAt.toISOString(),
      };
    });
  }

  /** The series as its timeline shows it: recalls, and resolutions under the same agenda item. */
  private seriesIds(resolutionId: number): Promise<number[]> {
    return this.series.memberIds(resolutionId);
  }
}
