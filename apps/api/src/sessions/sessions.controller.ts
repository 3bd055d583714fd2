import type { SessionView } from '@mandate-tracker/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { READERS } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../audit/actor.decorator';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListQueryDto } from '../common/list/list-query.dto';
import type { ListPage } from '../common/list/list-page';
import { parseListQuery } from '../common/list/parse-list-query';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import { CreateSessionDto } from './dto/create-session.dto';
import { SessionFilterDto } from './dto/session-filter.dto';
import { UpdateSessionDto } from './dto/update-session.dto';
import { SESSION_SORTABLE, SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @Allow(...READERS)
  @ListEndpoint('sessions')
  @ApiOkResponse({ description: 'One page of sessions; filters body, number, current (open today), id' })
  list(@Query() query: ListQueryDto): Promise<ListPage<SessionView>> {
    const request = parseListQuery(query, {
      filterType: SessionFilterDto,
      sortable: SESSION_SORTABLE,
      defaultSort: { field: 'number', direction: 'desc' },
    });
    return this.sessions.list(request);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<SessionView> {
    return this.sessions.get(id);
  }

  @Post()
  @Allow('ADMINISTRATOR')
  @ApiCreatedResponse()
  @ApiBadRequestResponse({ description: 'A field is malformed, or closesOn is before opensOn' })
  @ApiConflictResponse({ description: 'The body already has a session with this number' })
  create(@Body() input: CreateSessionDto, @Actor() actor: string): Promise<SessionView> {
    return this.sessions.create(input, actor);
  }

  @Patch(':id')
  @Allow('ADMINISTRATOR')
  @ApiIdParam()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Duplicate (body, number), or the version sent is stale (details.current holds the record)' })
  update(@IdParam() id: number, @Body() input: UpdateSessionDto, @Actor() actor: string): Promise<SessionView> {
    return this.sessions.update(id, input, actor);
  }

  @Delete(':id')
  @Allow('ADMINISTRATOR')
  @ApiIdParam()
  @HttpCode(200)
  @ApiNotFoundResponse()
  remove(@IdParam() id: number, @Actor() actor: string): Promise<SessionView> {
    return this.sessions.remove(id, actor);
  }
}
