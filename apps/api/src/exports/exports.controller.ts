import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { READERS } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { EXPORT_FORMATS, EXPORT_ID_HEADER, EXPORT_SUBJECTS, type ExportFormat, type ExportSubject } from '@mandate-tracker/contracts';
import type { FastifyReply } from 'fastify';
import { Actor } from '../audit/actor.decorator';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import { ExportQueryDto } from './dto/export-query.dto';
import { ExportsService } from './exports.service';

function parseFile(file: string): { what: ExportSubject; format: ExportFormat } {
  const [what, format] = file.split('.');
  if (!(EXPORT_SUBJECTS as readonly string[]).includes(what ?? '') || !(EXPORT_FORMATS as readonly string[]).includes(format ?? '')) {
    throw new AppError(
      ErrorCode.NOT_FOUND,
      `no export ${file}: ask for <what>.<format>, what one of ${EXPORT_SUBJECTS.join(', ')}, format one of ${EXPORT_FORMATS.join(', ')}`,
      { entity: 'Export', id: file },
    );
  }
  return { what: what as ExportSubject, format: format as ExportFormat };
}

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get(':file')
  @Allow(...READERS)
  @ApiParam({ name: 'file', example: 'compliance.xlsx', description: `<${EXPORT_SUBJECTS.join('|')}>.<${EXPORT_FORMATS.join('|')}>` })
  @ApiOkResponse({ description: 'The file, streamed; its manifest is inside it and in the audit trail (entity Export, id in X-Export-Id)' })
  async download(
    @Param('file') file: string,
    @Query() query: ExportQueryDto,
    @Actor() actor: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { what, format } = parseFile(file);
    const started = await this.exports.start(what, format, query, actor);
    void reply.header(EXPORT_ID_HEADER, started.exportId);
    void reply.header('Access-Control-Expose-Headers', `${EXPORT_ID_HEADER}, Content-Disposition`);
    void reply.header('Cache-Control', 'no-store');
    return new StreamableFile(started.stream, { type: started.contentType, disposition: `attachment; filename="${started.fileName}"` });
  }
}
