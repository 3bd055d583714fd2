import { Body, Controller, Delete, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ApiTokenView, CreatedApiTokenView } from '@mandate-tracker/contracts';
import { Actor } from '../audit/actor.decorator';
import { SignedIn } from '../auth/access-policy.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { ContentRangeOfAll } from '../common/list/whole-list';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import { CreateTokenDto } from './dto/create-token.dto';
import { TokensService } from './tokens.service';

/** Every user manages their own API tokens (an auditor's spreadsheet pulls exports with one). */
@ApiTags('tokens')
@Controller('tokens')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Get()
  @SignedIn()
  @ContentRangeOfAll('tokens')
  @ApiOkResponse({ description: 'The signed-in user’s tokens, newest first; never the tokens themselves' })
  list(@CurrentPrincipal() principal: Principal): Promise<ApiTokenView[]> {
    return this.tokens.list(principal.userId);
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
