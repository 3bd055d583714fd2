import type { OfficeSuggestionRuleView } from '@mandate-tracker/contracts';
import { READERS } from '@mandate-tracker/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../audit/actor.decorator';
import { Allow } from '../auth/access-policy.decorator';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListQueryDto } from '../common/list/list-query.dto';
import type { ListPage } from '../common/list/list-page';
import { parseListQuery } from '../common/list/parse-list-query';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import {
  CreateOfficeSuggestionRuleDto,
  OfficeSuggestionRuleFilterDto,
  UpdateOfficeSuggestionRuleDto,
} from './dto/office-suggestion-rule.dto';
import { OFFICE_RULE_SORTABLE, OfficeSuggestionRulesService } from './office-suggestion-rules.service';

@ApiTags('offices')
@Controller('office-suggestion-rules')
export class OfficeSuggestionRulesController {
  constructor(private readonly rules: OfficeSuggestionRulesService) {}

  @Get()
  @Allow(...READERS)
  @ListEndpoint('office-suggestion-rules')
  list(@Query() query: ListQueryDto): Promise<ListPage<OfficeSuggestionRuleView>> {
    const request = parseListQuery(query, {
      filterType: OfficeSuggestionRuleFilterDto,
      sortable: OFFICE_RULE_SORTABLE,
      defaultSort: { field: 'pattern', direction: 'asc' },
    });
    return this.rules.list(request);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<OfficeSuggestionRuleView> {
    return this.rules.get(id);
  }

  @Post()
  @Allow('ADMINISTRATOR')
  @ApiCreatedResponse()
  @ApiBadRequestResponse({ description: 'A field is malformed, or the office does not exist' })
  @ApiConflictResponse({ description: 'A rule with this pattern exists' })
  create(@Body() input: CreateOfficeSuggestionRuleDto, @Actor() actor: string): Promise<OfficeSuggestionRuleView> {
    return this.rules.create(input, actor);
  }

  @Patch(':id')
  @Allow('ADMINISTRATOR')
  @ApiIdParam()
  @ApiNotFoundResponse()
  update(@IdParam() id: number, @Body() input: UpdateOfficeSuggestionRuleDto, @Actor() actor: string): Promise<OfficeSuggestionRuleView> {
    return this.rules.update(id, input, actor);
  }

  @Delete(':id')
  @Allow('ADMINISTRATOR')
  @ApiIdParam()
  @HttpCode(200)
  @ApiNotFoundResponse()
  remove(@IdParam() id: number, @Actor() actor: string): Promise<OfficeSuggestionRuleView> {
    return this.rules.remove(id, actor);
  }
}
