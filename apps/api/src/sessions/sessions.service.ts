import type { SessionView } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { createAudited, deleteAudited, updateVersioned } from '../audit/audited-change';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { fromIsoDate } from '../common/iso-date';
import type { ListPage } from '../common/list/list-page';
import { ListTotals } from '../common/list/list-totals';
import type { ListRequest } from '../common/list/parse-list-query';
import type { Prisma } from '../generated/prisma/client';
import { Body } from '../generated/prisma/enums';
import { PrismaService } from '../prisma/prisma.service';
import type { CreateSessionDto } from './dto/create-session.dto';
import type { SessionFilterDto } from './dto/session-filter.dto';
import type { UpdateSessionDto } from './dto/update-session.dto';
import { SessionCalendarService } from './session-calendar.service';
import { toSessionView } from './session.view';

export const SESSION_SORTABLE = ['id', 'number', 'opensOn'] as const;
export type SessionSortField = (typeof SESSION_SORTABLE)[number];

/** The database refuses the same, but only the API can name the field for the form. */
function checkOrder(opensOn: string, closesOn: string | null | undefined): void {
  if (closesOn && closesOn < opensOn) {
    throw AppError.validation({ closesOn: `closesOn must be on or after opensOn (${opensOn})` });
  }
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly calendar: SessionCalendarService,
    private readonly totals: ListTotals,
  ) {}

  async list(request: ListRequest<SessionFilterDto, SessionSortField>): Promise<ListPage<SessionView>> {
    const where = await this.whereOf(request.filter);
    return this.totals.page('sessions', where, {
      skip: request.skip,
      rows: () =>
        this.prisma.session.findMany({
          where,
          orderBy: [{ [request.sort.field]: request.sort.direction }, { body: 'asc' }, { id: 'asc' }],
          skip: request.skip,
          take: request.take,
        }),
      count: () => this.prisma.session.count({ where }),
      view: toSessionView,
    });
  }

  async get(id: number): Promise<SessionView> {
    const record = await this.prisma.session.findUnique({ where: { id } });
    if (!record) throw AppError.notFound('Session', id);
    return toSessionView(record);
  }

  async create(input: CreateSessionDto, actor: string): Promise<SessionView> {
    checkOrder(input.opensOn, input.closesOn);
    return this.prisma.transaction((tx) =>
      createAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'Session',
        create: () =>
          tx.session.create({
            data: { body: input.body, number: input.number, opensOn: fromIsoDate(input.opensOn), closesOn: fromIsoDate(input.closesOn) },
          }),
        view: toSessionView,
      }),
    );
  }

  async update(id: number, input: UpdateSessionDto, actor: string): Promise<SessionView> {
    const { version, ...changes } = input;
    return this.prisma.transaction((tx) =>
      updateVersioned({
        tx,
        audit: this.audit,
        actor,
        entity: 'Session',
        id,
        version,
        find: () => tx.session.findUnique({ where: { id } }),
        check: (current) => {
          const view = toSessionView(current);
          checkOrder(changes.opensOn ?? view.opensOn, changes.closesOn === undefined ? view.closesOn : changes.closesOn);
        },
        apply: (current) => {
          const data: Prisma.SessionUpdateInput = {
            ...changes,
            opensOn: fromIsoDate(changes.opensOn) ?? undefined,
            closesOn: fromIsoDate(changes.closesOn),
            version: { increment: 1 },
          };
          return tx.session.update({ where: { id, version: current.version }, data });
        },
        view: toSessionView,
      }),
    );
  }

  async remove(id: number, actor: string): Promise<SessionView> {
    return this.prisma.transaction((tx) =>
      deleteAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'Session',
        id,
        find: () => tx.session.findUnique({ where: { id } }),
        remove: () => tx.session.delete({ where: { id } }),
        view: toSessionView,
      }),
    );
  }

  /** The list's filter as a condition; exports reuse it. */
  async whereOf(filter: SessionFilterDto): Promise<Prisma.SessionWhereInput> {
    const where: Prisma.SessionWhereInput = {};
    if (filter.id) where.id = { in: filter.id };
    if (filter.body) where.body = filter.body;
    if (filter.number) where.number = filter.number;
    // A filter form may send null for "either"; only true and false narrow the list.
    if (typeof filter.current === 'boolean') {
      // "Current" follows the calendar's rule (a session without a closing day runs until the next opens).
      const open: Prisma.SessionWhereInput[] = Object.entries(await this.calendar.currentSessions())
        .filter(([body]) => !filter.body || body === filter.body)
        .map(([body, number]) => ({ body: body as Body, number }));
      where.AND = filter.current ? [{ OR: open.length > 0 ? open : [{ id: -1 }] }] : open.map((o) => ({ NOT: o }));
    }
    return where;
  }
}
