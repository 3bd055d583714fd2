import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ApiTokenView, CreatedApiTokenView } from '@mandate-tracker/contracts';
import { Actor } from '../audit/actor.decorator';
import { SignedIn } from '../auth/access-policy.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListFilter } from '../common/list/list-filter';
import type { ListPage } from '../common/list/list-page';
import { ListQueryDto } from '../common/list/list-query.dto';
import { parseListQuery } from '../common/list/parse-list-query';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import { CreateTokenDto } from './dto/create-token.dto';
import { TOKEN_SORTABLE, TokensService } from './tokens.service';

/** Every user manages their own API tokens (an auditor's spreadsheet pulls exports with one). */
@ApiTags('tokens')
@Controller('tokens')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Get()
  @SignedIn()
  @ListEndpoint('tokens')
  @ApiOkResponse({ description: 'The signed-in user’s tokens, newest first unless sorted; never the tokens themselves' })
  list(@Query() query: ListQueryDto, @CurrentPrincipal() principal: Principal): Promise<ListPage<ApiTokenView>> {
    // One's tokens are few and the tokens page shows them all: without a range, up to the largest page.
    const request = parseListQuery(query, {
      filterType: ListFilter,
      sortable: TOKEN_SORTABLE,
      defaultSort: { field: 'createdAt', direction: 'desc' },
      defaultPageSize: 1000,
    });
    return this.tokens.list(principal.userId, request);
  }

  @Post()
  @SignedIn()
  @ApiCreatedResponse({ description: 'The token, shown this once (field token); use it as Authorization: Bearer <token>' })
  create(@Body() input: CreateTokenDto, @CurrentPrincipal() principal: Principal, @Actor() actor: string): Promise<CreatedApiTokenView> {
    return this.tokens.create(principal.userId, input.name, input.days, actor);
  }

  @Delete(':id')
  @SignedIn()
  @ApiIdParam()
  @ApiNotFoundResponse({ description: 'No such token among yours' })
  revoke(@IdParam() id: number, @CurrentPrincipal() principal: Principal, @Actor() actor: string): Promise<ApiTokenView> {
    return this.tokens.revoke(id, principal.role === 'ADMINISTRATOR' ? null : principal.userId, actor);
  }
}
