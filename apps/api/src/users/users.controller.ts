import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { UserView } from '@mandate-tracker/contracts';
import { Actor } from '../audit/actor.decorator';
import { Allow } from '../auth/access-policy.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListFilter } from '../common/list/list-filter';
import type { ListPage } from '../common/list/list-page';
import { ListQueryDto } from '../common/list/list-query.dto';
import { parseListQuery } from '../common/list/parse-list-query';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { USER_SORTABLE, UsersService } from './users.service';

/** Administrators invite users, set their role and offices, reset passwords and deactivate; nobody deletes. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow('ADMINISTRATOR')
  @ListEndpoint('users')
  @ApiOkResponse({ description: 'Users, active first, then in the order asked' })
  list(@Query() query: ListQueryDto): Promise<ListPage<UserView>> {
    return this.users.list(
      parseListQuery(query, { filterType: ListFilter, sortable: USER_SORTABLE, defaultSort: { field: 'displayName', direction: 'asc' } }),
    );
  }

  @Get(':id')
  @Allow('ADMINISTRATOR')
  @ApiIdParam()
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<UserView> {
    return this.users.get(id);
  }

  @Post()
  @Allow('ADMINISTRATOR')
  @ApiCreatedResponse({ description: 'Invited; a password given here must be changed at first sign-in' })
  @ApiConflictResponse({ description: 'A user with this e-mail exists' })
  create(@Body() input: CreateUserDto, @Actor() actor: string): Promise<UserView> {
    return this.users.create(input, actor);
  }

  @Patch(':id')
  @Allow('ADMINISTRATOR')
  @ApiIdParam()
  @ApiConflictResponse({ description: 'The version sent is stale' })
  update(
    @IdParam() id: number,
    @Body() input: UpdateUserDto,
    @Actor() actor: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserView> {
    return this.users.update(id, input, actor, principal.userId);
  }

  @Post(':id/password')
  @Allow('ADMINISTRATOR')
  @HttpCode(200)
  @ApiIdParam()
  @ApiOkResponse({ description: 'Reset: the user’s sessions end; they must choose a new password at next sign-in' })
  resetPassword(@IdParam() id: number, @Body() input: ResetPasswordDto, @Actor() actor: string): Promise<UserView> {
    return this.users.resetPassword(id, input.password, actor);
  }
}
