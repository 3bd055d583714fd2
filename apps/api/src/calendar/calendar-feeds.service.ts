import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { CalendarFeedView } from '@mandate-tracker/contracts';
import { createAudited } from '../audit/audited-change';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import type { ListPage } from '../common/list/list-page';
import type { ListRequest } from '../common/list/parse-list-query';
import { fieldErrorsOf } from '../common/validation/validation-pipe';
import type { CalendarFeed, Prisma } from '../generated/prisma/client';
import { ObligationFilterDto } from '../obligations/dto/obligation-filter.dto';
import { ObligationsService } from '../obligations/obligations.service';
import { PrismaService } from '../prisma/prisma.service';
import { OfficesService } from '../offices/offices.service';
import { SessionCalendarService } from '../sessions/session-calendar.service';
import { calendarOf, type SessionOpening } from './calendar-events';
import { auditedFeed, FEED_OWNER, toCalendarFeedView, type OwnedCalendarFeed } from './calendar-feed.view';
import type { CreateCalendarFeedDto } from './dto/create-calendar-feed.dto';
import type { ListFilter } from '../common/list/list-filter';

/** A feed is read by calendar programs every few hours; more events than this is a filter too wide to be useful. */
export const FEED_EVENT_LIMIT = 2000;

/** Who asks about feeds: users see and manage their own, administrators everyone's. */
export interface FeedViewer {
  userId: number;
  administrator: boolean;
}

/** 24 random bytes: 32 URL-safe characters that cannot be guessed. */
const newSecret = (): string => randomBytes(24).toString('base64url');

/** The feed's question, as an obligations list filter; checked like the list checks it. */
function filterOf(input: CreateCalendarFeedDto): Record<string, unknown> {
  switch (input.scope) {
    case 'OFFICE':
      if (!input.responsibleOffice)
        throw AppError.validation({ responsibleOffice: 'responsibleOffice is required for a feed of an office' });
      return { responsibleOffice: input.responsibleOffice };
    case 'SESSION': {
      const errors: Record<string, string> = {};
      if (!input.body) errors.body = 'body is required for a feed of a session';
      if (input.sessionNumber === undefined) errors.sessionNumber = 'sessionNumber is required for a feed of a session';
      if (Object.keys(errors).length > 0) throw AppError.validation(errors);
      return { dueBody: input.body, dueSession: input.sessionNumber };
    }
    case 'OBLIGATION_FILTER':
      if (!input.filter) throw AppError.validation({ filter: 'filter is required for a feed of a saved obligations filter' });
      return input.filter;
  }
}

function validFilter(raw: unknown): ObligationFilterDto {
  const filter = plainToInstance(ObligationFilterDto, raw);
  const problems = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) throw AppError.validation(fieldErrorsOf(problems, 'filter'));
  return filter;
}

@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly obligations: ObligationsService,
    private readonly calendar: SessionCalendarService,
    private readonly offices: OfficesService,
  ) {}

  async list(request: ListRequest<ListFilter, 'id' | 'name' | 'createdAt'>, viewer: FeedViewer): Promise<ListPage<CalendarFeedView>> {
    const where: Prisma.CalendarFeedWhereInput = {
      ...(request.filter.id ? { id: { in: request.filter.id } } : {}),
      ...(viewer.administrator ? {} : { ownerId: viewer.userId }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.calendarFeed.findMany({
        where,
        include: FEED_OWNER,
        orderBy: [{ [request.sort.field]: request.sort.direction }, { id: 'asc' }],
        skip: request.skip,
        take: request.take,
      }),
      this.prisma.calendarFeed.count({ where }),
    ]);
    return { records: rows.map(toCalendarFeedView), total, skip: request.skip };
  }

  async get(id: number, viewer: FeedViewer): Promise<CalendarFeedView> {
    return toCalendarFeedView(await this.find(id, viewer));
  }

  /** The feed belongs to whoever makes it: a calendar address is a personal subscription, not a shared setting. */
  async create(request: CreateCalendarFeedDto, actor: string, viewer: FeedViewer): Promise<CalendarFeedView> {
    // An office feed names an office of the list, stored by its label so a rename carries to the feed.
    const input = {
      ...request,
      responsibleOffice: (await this.offices.resolve(request.responsibleOffice, 'responsibleOffice')) ?? undefined,
    };
    const filter = filterOf(input);
    validFilter(filter);
    return this.prisma.transaction(async (tx) => {
      return createAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'CalendarFeed',
        create: () =>
          tx.calendarFeed.create({
            data: {
              name: input.name.trim(),
              scope: input.scope,
              responsibleOffice: input.scope === 'OFFICE' ? (input.responsibleOffice ?? null) : null,
              body: input.scope === 'SESSION' ? (input.body ?? null) : null,
              sessionNumber: input.scope === 'SESSION' ? (input.sessionNumber ?? null) : null,
              filter: filter as Prisma.InputJsonObject,
              secret: newSecret(),
              ownerId: viewer.userId,
              createdBy: actor,
            },
            include: FEED_OWNER,
          }),
        view: toCalendarFeedView,
        audited: auditedFeed,
      });
    });
  }

  /** A new secret: every copy of the old address stops working at once. */
  async rotateSecret(id: number, actor: string, viewer: FeedViewer): Promise<CalendarFeedView> {
    return this.prisma.transaction(async (tx) => {
      const before = mayManage(await tx.calendarFeed.findUnique({ where: { id }, include: FEED_OWNER }), id, viewer);
      const feed = await tx.calendarFeed.update({
        where: { id },
        data: { secret: newSecret(), secretRotatedAt: new Date(), version: { increment: 1 } },
        include: FEED_OWNER,
      });
      await this.audit.record(tx, {
        actor,
        action: 'UPDATE',
        entityType: 'CalendarFeed',
        entityId: id,
        before: auditedFeed(before),
        after: auditedFeed(feed),
      });
      return toCalendarFeedView(feed);
    });
  }

  async remove(id: number, actor: string, viewer: FeedViewer): Promise<CalendarFeedView> {
    return this.prisma.transaction(async (tx) => {
      const feed = mayManage(await tx.calendarFeed.findUnique({ where: { id }, include: FEED_OWNER }), id, viewer);
      await tx.calendarFeed.delete({ where: { id } });
      await this.audit.record(tx, { actor, action: 'DELETE', entityType: 'CalendarFeed', entityId: id, before: auditedFeed(feed) });
      return toCalendarFeedView(feed);
    });
  }

  /** The feed's iCalendar text; an unknown or rotated secret is 404, saying no more than that. */
  async ics(secret: string): Promise<{ name: string; text: string }> {
    const feed = await this.prisma.calendarFeed.findUnique({ where: { secret } });
    if (!feed) throw AppError.notFound('Calendar feed', 'with this address');
    const found = await this.obligations.matching(validFilter(feed.filter ?? {}), FEED_EVENT_LIMIT);
    const obligations = found.filter((o) => o.status !== 'CANCELLED' && o.reviewState !== 'REJECTED');
    const openings = await this.openings(feed, obligations);
    return { name: feed.name, text: calendarOf(feed.name, obligations, openings).toString() };
  }

  /** The sessions the obligations are due at (and the feed's own session): their opening days are events too. */
  private async openings(
    feed: CalendarFeed,
    obligations: { dueBody: string | null; dueSession: number | null }[],
  ): Promise<SessionOpening[]> {
    const sessions = new Map<string, { body: CalendarFeed['body'] & string; number: number }>();
    const add = (body: string | null, number: number | null) => {
      if (body && number !== null) sessions.set(`${body}:${number}`, { body: body as NonNullable<CalendarFeed['body']>, number });
    };
    add(feed.body, feed.sessionNumber);
    for (const o of obligations) add(o.dueBody, o.dueSession);
    const found = await Promise.all(
      [...sessions.values()].map(async (s) => ({ ...s, opensOn: await this.calendar.opensOn(s.body, s.number) })),
    );
    return found
      .filter((s): s is SessionOpening => s.opensOn !== null)
      .sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.body.localeCompare(b.body));
  }

  private async find(id: number, viewer: FeedViewer): Promise<OwnedCalendarFeed> {
    return mayManage(await this.prisma.calendarFeed.findUnique({ where: { id }, include: FEED_OWNER }), id, viewer);
  }
}

/** A feed's address is as good as a password to its calendar: nobody but its owner (or an administrator) sees it. */
function mayManage(feed: OwnedCalendarFeed | null, id: number, viewer: FeedViewer): OwnedCalendarFeed {
  if (!feed) throw AppError.notFound('Calendar feed', id);
  if (!viewer.administrator && feed.ownerId !== viewer.userId) {
    throw new AppError(ErrorCode.FORBIDDEN, `Calendar feed ${id} is another user’s: only its owner and administrators manage it`, {
      feedId: id,
    });
  }
  return feed;
}
