import type { OfficeSuggestionView, OfficeView } from '@mandate-tracker/contracts';
import { READERS } from '@mandate-tracker/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../audit/actor.decorator';
import { Allow } from '../auth/access-policy.decorator';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListQueryDto } from '../common/list/list-query.dto';
import type { ListPage } from '../common/list/list-page';
import { parseListQuery } from '../common/list/parse-list-query';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import { CreateOfficeDto } from './dto/create-office.dto';
import { OfficeFilterDto } from './dto/office-filter.dto';
import { OfficeSuggestionQueryDto } from './dto/office-suggestion-rule.dto';
import { UpdateOfficeDto } from './dto/update-office.dto';
import { OFFICE_SORTABLE, OfficesService } from './offices.service';

/** Everyone who reads obligations reads the offices (the picker, the filters); only administrators change them. */
@ApiTags('offices')
@Controller('offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Get()
  @Allow(...READERS)
  @ListEndpoint('offices')
  @ApiOkResponse({ description: 'One page of offices; filters q (name, abbreviation or alias) and id' })
  list(@Query() query: ListQueryDto): Promise<ListPage<OfficeView>> {
    const request = parseListQuery(query, {
      filterType: OfficeFilterDto,
      sortable: OFFICE_SORTABLE,
      defaultSort: { field: 'label', direction: 'asc' },
    });
    return this.offices.list(request);
  }

  // Before ':id', so "suggestion" is not read as an id.
  @Get('suggestion')
  @Allow(...READERS)
  @ApiOkResponse({ description: "The office the rules suggest for an obligation's actor, or nulls" })
  suggestion(@Query() query: OfficeSuggestionQueryDto): Promise<OfficeSuggestionView> {
    return this.offices.suggest(query.actor);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<OfficeView> {
    return this.offices.get(id);
  }

  @Post()
  @Allow('ADMINISTRATOR')
  @ApiCreatedResponse()
  @ApiBadRequestResponse({ description: 'A field is malformed' })
  @ApiConflictResponse({ description: 'The name, abbreviation or an alias already names another office' })
  create(@Body() input: CreateOfficeDto, @Actor() actor: string): Promise<OfficeView> {
    return this.offices.create(input, actor);
  }

  @Patch(':id')
  @Allow('ADMINISTRATOR')
  @ApiIdParam()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'A name already names another office, or the version sent is stale' })
  update(@IdParam() id: number, @Body() input: UpdateOfficeDto, @Actor() actor: string): Promise<OfficeView> {
    return this.offices.update(id, input, actor);
  }

  @Delete(':id')
  @Allow('ADMINISTRATOR')
  @ApiIdParam()
  @HttpCode(200)
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Obligations, calendar feeds or office limits still name the office' })
  remove(@IdParam() id: number, @Actor() actor: string): Promise<OfficeView> {
    return this.offices.remove(id, actor);
  }
}
