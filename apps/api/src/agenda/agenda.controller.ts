import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AgendaView, AnnotatedListView } from '@mandate-tracker/contracts';
import type { FastifyReply } from 'fastify';
import { annotatedListDocx } from './annotated-list-docx';
import { annotatedListMarkdown } from './annotated-list-markdown';
import { AgendaService } from './agenda.service';
import { AgendaQueryDto, AnnotatedListQueryDto } from './dto/agenda-query.dto';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "annotated-list-GENERAL_ASSEMBLY-81.docx": what the browser saves the draft as. */
const fileName = (query: AnnotatedListQueryDto, extension: string): string =>
  `annotated-list-${query.body.toLowerCase().replace(/_/g, '-')}-${query.session}.${extension}`;

@ApiTags('agenda')
@Controller('agenda')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get()
  @ApiOkResponse({ description: 'Items scheduled (or expected from their rhythm) at the sessions, with mandates and expected reports' })
  list(@Query() query: AgendaQueryDto): Promise<AgendaView> {
    return this.agenda.agenda(query.body, query.sessionFrom, query.sessionTo);
  }

  @Get('annotated-list')
  @ApiOkResponse({ description: 'The draft annotated preliminary list of one session, as the admin shows it' })
  annotatedList(@Query() query: AnnotatedListQueryDto): Promise<AnnotatedListView> {
    return this.agenda.annotatedList(query.body, query.session);
  }

  @Get('annotated-list.md')
  @ApiProduces('text/markdown')
  async annotatedListMarkdown(@Query() query: AnnotatedListQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const list = await this.agenda.annotatedList(query.body, query.session);
    reply.header('Content-Type', 'text/markdown; charset=utf-8');
    reply.header('Content-Disposition', `attachment; filename="${fileName(query, 'md')}"`);
    return annotatedListMarkdown(list);
  }

  @Get('annotated-list.docx')
  @ApiProduces(DOCX_TYPE)
  async annotatedListDocx(@Query() query: AnnotatedListQueryDto): Promise<StreamableFile> {
    const list = await this.agenda.annotatedList(query.body, query.session);
    return new StreamableFile(await annotatedListDocx(list), {
      type: DOCX_TYPE,
      disposition: `attachment; filename="${fileName(query, 'docx')}"`,
    });
  }
}
