import { Body, Controller, Delete, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CalendarFeedView } from '@mandate-tracker/contracts';
import type { FastifyReply } from 'fastify';
import { Actor, ApiActorHeader } from '../audit/actor.decorator';
import { AppError } from '../common/errors/app-error';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListFilter } from '../common/list/list-filter';
import type { ListPage } from '../common/list/list-page';
import { ListQueryDto } from '../common/list/list-query.dto';
import { parseListQuery } from '../common/list/parse-list-query';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CreateCalendarFeedDto } from './dto/create-calendar-feed.dto';

const FEED_SORTABLE = ['id', 'name', 'createdAt'] as const;

@ApiTags('calendar')
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get()
  @ListEndpoint('calendar-feeds')
  list(@Query() query: ListQueryDto): Promise<ListPage<CalendarFeedView>> {
    return this.feeds.list(
      parseListQuery(query, { filterType: ListFilter, sortable: FEED_SORTABLE, defaultSort: { field: 'id', direction: 'asc' } }),
    );
  }

  @Get(':id')
  @ApiIdParam()
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<CalendarFeedView> {
    return this.feeds.get(id);
  }

  @Post()
  @ApiActorHeader()
  @ApiOkResponse({ description: 'The feed with the address to subscribe to (path)' })
  create(@Body() input: CreateCalendarFeedDto, @Actor() actor: string): Promise<CalendarFeedView> {
    return this.feeds.create(input, actor);
  }

  @Post(':id/secret')
  @ApiIdParam()
  @ApiActorHeader()
  @ApiOkResponse({ description: 'A new address; the old one stops working' })
  rotateSecret(@IdParam() id: number, @Actor() actor: string): Promise<CalendarFeedView> {
    return this.feeds.rotateSecret(id, actor);
  }

  @Delete(':id')
  @ApiIdParam()
  @ApiActorHeader()
  remove(@IdParam() id: number, @Actor() actor: string): Promise<CalendarFeedView> {
    return this.feeds.remove(id, actor);
  }
}

/** The address calendar programs fetch. It cannot sign in: the secret in the path is the permission. */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get(':file')
  @ApiProduces('text/calendar')
  @ApiNotFoundResponse({ description: 'No feed has this address (never had, rotated or deleted)' })
  async ics(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const match = /^([A-Za-z0-9_-]{16,64})\.ics$/.exec(file);
    if (!match?.[1]) throw AppError.notFound('Calendar feed', 'with this address');
    const feed = await this.feeds.ics(match[1]);
    reply.header('Content-Type', 'text/calendar; charset=utf-8');
    reply.header('Content-Disposition', 'inline; filename="mandates.ics"');
    // Calendar programs poll; a private cache stops proxies from keeping someone's feed.
    reply.header('Cache-Control', 'private, max-age=300');
    return feed.text;
  }
}
