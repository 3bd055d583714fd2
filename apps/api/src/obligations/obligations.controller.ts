import type {
  ObligationHistoryEntry,
  DocumentLinkView,
  ObligationDetailView,
  ObligationNoteView,
  ObligationView,
} from '@mandate-tracker/contracts';
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { COMMENTERS, EDITORS, READERS } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../audit/actor.decorator';
import type { OfficeLimit } from '../auth/office-limit';
import { EditableOffices } from '../auth/principal.decorator';
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
  @Allow(...READERS)
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
  @Allow(...READERS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<ObligationDetailView> {
    return this.obligations.get(id);
  }

  @Patch(':id')
  @Allow(...EDITORS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version sent is stale (details.current holds the record)' })
  update(
    @IdParam() id: number,
    @Body() input: UpdateObligationDto,
    @Actor() actor: string,
    @EditableOffices() offices: OfficeLimit,
  ): Promise<ObligationView> {
    return this.obligations.update(id, input, actor, offices);
  }

  @Get(':id/history')
  @Allow(...READERS)
  @ApiIdParam()
  @ApiOkResponse({ description: 'Every recorded change of the obligation, its document links, notes and imports, oldest first, in words' })
  history(@IdParam() id: number): Promise<ObligationHistoryEntry[]> {
    return this.historyOf.history(id);
  }

  @Get(':id/notes')
  @Allow(...READERS)
  @ApiIdParam()
  notes(@IdParam() id: number): Promise<ObligationNoteView[]> {
    return this.obligations.notes(id);
  }

  @Post(':id/notes')
  @Allow(...COMMENTERS)
  @ApiIdParam()
  addNote(@IdParam() id: number, @Body() input: CreateObligationNoteDto, @Actor() actor: string): Promise<ObligationNoteView> {
    return this.obligations.addNote(id, input.text, actor);
  }

  @Post(':id/documents')
  @Allow(...EDITORS)
  @ApiIdParam()
  @ApiOkResponse({ description: 'The links created; documents not yet recorded are recorded' })
  linkDocument(
    @IdParam() id: number,
    @Body() input: LinkDocumentDto,
    @Actor() actor: string,
    @EditableOffices() offices: OfficeLimit,
  ): Promise<DocumentLinkView[]> {
    return this.links.link(id, input, actor, offices);
  }

  @Patch(':id/documents/:linkId')
  @Allow(...EDITORS)
  @ApiIdParam()
  @ApiIdParam('linkId')
  reviewLink(
    @IdParam() id: number,
    @IdParam('linkId') linkId: number,
    @Body() input: ReviewLinkDto,
    @Actor() actor: string,
    @EditableOffices() offices: OfficeLimit,
  ): Promise<DocumentLinkView> {
    return this.links.review(id, linkId, input, actor, offices);
  }

  @Delete(':id/documents/:linkId')
  @Allow(...EDITORS)
  @ApiIdParam()
  @ApiIdParam('linkId')
  unlinkDocument(
    @IdParam() id: number,
    @IdParam('linkId') linkId: number,
    @Actor() actor: string,
    @EditableOffices() offices: OfficeLimit,
  ): Promise<DocumentLinkView> {
    return this.links.unlink(id, linkId, actor, offices);
  }
}
