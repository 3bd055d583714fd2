import type { ResolutionDeletionView, ResolutionSummary, ResolutionView, SeriesEntry } from '@mandate-tracker/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { EDITORS, READERS } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../audit/actor.decorator';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import { SeriesService } from '../series/series.service';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListQueryDto } from '../common/list/list-query.dto';
import type { ListPage } from '../common/list/list-page';
import { parseListQuery } from '../common/list/parse-list-query';
import { CreateResolutionDto } from './dto/create-resolution.dto';
import { ResolutionFilterDto } from './dto/resolution-filter.dto';
import { UpdateResolutionDto } from './dto/update-resolution.dto';
import { RESOLUTION_SORTABLE, ResolutionsService } from './resolutions.service';

@ApiTags('resolutions')
@Controller('resolutions')
export class ResolutionsController {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly seriesService: SeriesService,
  ) {}

  @Get()
  @Allow(...READERS)
  @ListEndpoint('resolutions')
  @ApiOkResponse({ description: 'One page of resolutions, without their source text' })
  list(@Query() query: ListQueryDto): Promise<ListPage<ResolutionSummary>> {
    const request = parseListQuery(query, {
      filterType: ResolutionFilterDto,
      sortable: RESOLUTION_SORTABLE,
      defaultSort: { field: 'adoptedOn', direction: 'desc' },
    });
    return this.resolutions.list(request);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<ResolutionView> {
    return this.resolutions.get(id);
  }

  @Get(':id/series')
  @Allow(...READERS)
  @ApiIdParam()
  @ApiOkResponse({ description: 'The resolutions it recalls and that recall it, transitively, oldest first' })
  series(@IdParam() id: number): Promise<SeriesEntry[]> {
    return this.seriesService.timeline(id);
  }

  @Post()
  @Allow(...EDITORS)
  @ApiCreatedResponse()
  @ApiConflictResponse({ description: 'A resolution with this symbol exists' })
  create(@Body() input: CreateResolutionDto, @Actor() actor: string): Promise<ResolutionView> {
    return this.resolutions.create(input, actor);
  }

  @Patch(':id')
  @Allow(...EDITORS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Duplicate symbol, or the version sent is stale (details.current holds the record)' })
  update(@IdParam() id: number, @Body() input: UpdateResolutionDto, @Actor() actor: string): Promise<ResolutionView> {
    return this.resolutions.update(id, input, actor);
  }

  @Get(':id/deletion')
  @Allow(...EDITORS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  @ApiOkResponse({ description: 'What deleting the resolution would take with it: paragraphs, obligations, notes and links' })
  deletionPreview(@IdParam() id: number): Promise<ResolutionDeletionView> {
    return this.resolutions.deletionPreview(id);
  }

  @Delete(':id')
  @Allow(...EDITORS)
  @ApiIdParam()
  @HttpCode(200)
  @ApiNotFoundResponse()
  remove(@IdParam() id: number, @Actor() actor: string): Promise<ResolutionView> {
    return this.resolutions.remove(id, actor);
  }
}
