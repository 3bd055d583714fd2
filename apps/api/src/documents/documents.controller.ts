import type { DocumentCreatedView, DocumentDetailView, DocumentView } from '@mandate-tracker/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { EDITORS, READERS } from '@mandate-tracker/contracts';
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
import { DOCUMENT_SORTABLE, DocumentsService } from './documents.service';
import { CreateDocumentDto } from './dto/create-document.dto';
import { DocumentFilterDto } from './dto/document-filter.dto';
import { UpdateDocumentDto } from './dto/update-document.dto';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @Allow(...READERS)
  @ListEndpoint('documents')
  @ApiOkResponse({ description: 'One page of documents with their public address; filters q (symbol or title), kind, id' })
  list(@Query() query: ListQueryDto): Promise<ListPage<DocumentView>> {
    const request = parseListQuery(query, {
      filterType: DocumentFilterDto,
      sortable: DOCUMENT_SORTABLE,
      defaultSort: { field: 'createdAt', direction: 'desc' },
    });
    return this.documents.list(request);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiIdParam()
  @ApiOkResponse({ description: 'The document with the obligations it is linked to and the evidence for each link' })
  @ApiNotFoundResponse()
  get(@IdParam() id: number): Promise<DocumentDetailView> {
    return this.documents.get(id);
  }

  @Post()
  @Allow(...EDITORS)
  @ApiCreatedResponse({ description: 'The first document named, with `recorded` (new symbols) and `existing` (already recorded)' })
  @ApiBadRequestResponse({ description: 'A malformed symbol; the message shows the shape expected' })
  @ApiConflictResponse({ description: 'Every document named is already recorded' })
  create(@Body() input: CreateDocumentDto, @Actor() actor: string): Promise<DocumentCreatedView> {
    return this.documents.create(input, actor);
  }

  @Patch(':id')
  @Allow(...EDITORS)
  @ApiIdParam()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Duplicate symbol, or the version sent is stale (details.current holds the record)' })
  update(@IdParam() id: number, @Body() input: UpdateDocumentDto, @Actor() actor: string): Promise<DocumentDetailView> {
    return this.documents.update(id, input, actor);
  }

  @Delete(':id')
  @Allow(...EDITORS)
  @ApiIdParam()
  @HttpCode(200)
  @ApiNotFoundResponse()
  remove(@IdParam() id: number, @Actor() actor: string): Promise<DocumentDetailView> {
    return this.documents.remove(id, actor);
  }
}
