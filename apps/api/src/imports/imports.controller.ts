import type { CommitOutcome, ImportFilePreviewView } from '@mandate-tracker/contracts';
import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { EDITORS } from '@mandate-tracker/contracts';
import { AcceptsUploads, Allow } from '../auth/access-policy.decorator';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../audit/actor.decorator';
import { Environment } from '../config/environment';
import { CommitImportDto } from './dto/commit-import.dto';
import { sourceOf } from './import-source';
import { ImportsService } from './imports.service';
import { readLimitsOf, type ReadLimits } from './reading/read-limits';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  private readonly limits: ReadLimits;

  constructor(
    private readonly imports: ImportsService,
    environment: Environment,
  ) {
    this.limits = readLimitsOf(environment);
  }

  @Post()
  @Allow(...EDITORS)
  @AcceptsUploads()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'txt, md, html, docx or pdf' } } },
        { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
      ],
    },
  })
  @ApiOkResponse({ description: 'The parsed resolution, its obligations and warnings, and what would change; nothing is written' })
  @ApiUnprocessableEntityResponse({
    description:
      'The file cannot be read (damaged, encrypted, no text), took longer or more memory to read than allowed, or is not a resolution',
  })
  @ApiPayloadTooLargeResponse({
    description: 'The upload, or what it decompresses to (pages, paragraphs, bytes, text), is over a limit named in details.limit',
  })
  async preview(@Req() request: FastifyRequest): Promise<ImportFilePreviewView> {
    const source = await sourceOf(request, this.limits);
    return { filename: source.filename, sourceKind: source.kind, ...(await this.imports.preview(source.text)) };
  }

  @Post('commit')
  @Allow(...EDITORS)
  @ApiOkResponse({ description: 'created, updated (reviewed obligations kept) or unchanged' })
  @ApiUnprocessableEntityResponse({ description: 'The text is not a resolution' })
  commit(@Body() input: CommitImportDto, @Actor() actor: string): Promise<CommitOutcome> {
    return this.imports.commit(input.text, input.obligations ?? [], actor);
  }
}
