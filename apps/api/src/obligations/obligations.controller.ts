import type {
  ObligationHistoryEntry,
  DocumentLinkView,
  ObligationDetailView,
  ObligationNoteView,
  ObligationView,
} from '@mandate-tracker/contracts';
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActorHeader } from '../audit/actor.decorator';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListQueryDto } from '../common/list/list-query.dto';
import type { ListPage } from '../common/list/list-page';
import { parseListQuery } from '../common/list/parse-list-query';
import { ApiIdParam, IdParam } from '../common/validation/id-param.decorator';
import { LinkDocumentDto, ReviewLinkDto } from './dto/link-document.dto';
import { ObligationHistoryService } from './obligation-history.service';
import { ObligationLinksService } from './obligation-links.service';
import { CreateObligationNoteDto } from './dto/create-obligation-note.dto';
import { ObligationFilterDto } from './dto/obligation-filter.dto';
import { UpdateObligationDto } from './dto/update-obligation.dto';
import { OBLIGATION_SORTABLE, ObligationsService } from './obligations.service';

@ApiTags('obligations')
@Controller('obligations')
export class ObligationsController {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly links: ObligationLinksService,
    private readonly historyOf: ObligationHistoryService,
  ) {}

  @Get()
  @ListEndpoint('obligations')
  @ApiOkResponse({ description: 'One page of obligations with their resolution, overdue and due-now derived from today' })
  list(@Query() query: ListQueryDto): Promise<ListPage<ObligationView>> {
    const request = parseListQuery(query, {
      filterType: ObligationFilterDto,
      sortable: OBLIGATION_SORTABLE,
      defaultSort: { field: 'dueSession', direction: 'asc' },
    });
    return this.obligations.list(request);
  }

  @Get(':id')
  @ApiIdParam()
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<ObligationDetailView> {
    return this.obligations.get(id);
  }

  @Patch(':id')
  @ApiIdParam()
  @ApiActorHeader()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version sent is stale (details.current holds the record)' })
  update(@IdParam() id: number, @Body() input: UpdateObligationDto, @Actor() actor: string): Promise<ObligationView> {
    return this.obligations.update(id, input, actor);
  }

  @Get(':id/history')
  @ApiIdParam()
  @ApiOkResponse({ description: 'Every recorded change of the obligation, its document links, notes and imports, oldest first, in words' })
  history(@IdParam() id: number): Promise<ObligationHistoryEntry[]> {
    return this.historyOf.history(id);
  }

  @Get(':id/notes')
  @ApiIdParam()
  notes(@IdParam() id: number): Promise<ObligationNoteView[]> {
    return this.obligations.notes(id);
  }

  @Post(':id/notes')
  @ApiIdParam()
  @ApiActorHeader()
  addNote(@IdParam() id: number, @Body() input: CreateObligationNoteDto, @Actor() actor: string): Promise<ObligationNoteView> {
    return this.obligations.addNote(id, input.text, actor);
  }

  @Post(':id/documents')
  @ApiIdParam()
  @ApiActorHeader()
  @ApiOkResponse({ description: 'The links created; documents not yet recorded are recorded' })
  linkDocument(@IdParam() id: number, @Body() input: LinkDocumentDto, @Actor() actor: string): Promise<DocumentLinkView[]> {
    return this.links.link(id, input, actor);
  }

  @Patch(':id/documents/:linkId')
  @ApiIdParam()
  @ApiIdParam('linkId')
  @ApiActorHeader()
  reviewLink(
    @IdParam() id: number,
    @IdParam('linkId') linkId: number,
    @Body() input: ReviewLinkDto,
    @Actor() actor: string,
  ): Promise<DocumentLinkView> {
    return this.links.review(id, linkId, input.reviewState, actor);
  }

  @Delete(':id/documents/:linkId')
  @ApiIdParam()
  @ApiIdParam('linkId')
  @ApiActorHeader()
  unlinkDocument(@IdParam() id: number, @IdParam('linkId') linkId: number, @Actor() actor: string): Promise<DocumentLinkView> {
    return this.links.unlink(id, linkId, actor);
  }
}
