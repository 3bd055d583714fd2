import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AgendaRequest, AnnotatedListRequest } from '@mandate-tracker/contracts';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Body } from '../../generated/prisma/enums';

export const AGENDA_MAX_SESSIONS = 10;

/** GET /api/agenda: a body and a session, or a range of sessions (at most ten). */
export class AgendaQueryDto implements AgendaRequest {
  @ApiProperty({ enum: Body, example: 'GENERAL_ASSEMBLY' })
  @IsEnum(Body, { message: `body must be one of: ${Object.values(Body).join(', ')}` })
  body: Body;

  @ApiProperty({ example: 81, description: 'First session of the range' })
  @Type(() => Number)
  @IsInt({ message: 'sessionFrom must be a whole session number' })
  @Min(1, { message: 'sessionFrom must be at least 1' })
  @Max(9999, { message: 'sessionFrom must be at most 9999' })
  sessionFrom: number;

  @ApiPropertyOptional({ example: 83, description: 'Last session of the range; sessionFrom when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'sessionTo must be a whole session number' })
  @Min(1, { message: 'sessionTo must be at least 1' })
  @Max(9999, { message: 'sessionTo must be at most 9999' })
  sessionTo?: number;
}

/** GET /api/agenda/annotated-list(.md|.docx): the list of one session. */
export class AnnotatedListQueryDto implements AnnotatedListRequest {
  @ApiProperty({ enum: Body, example: 'GENERAL_ASSEMBLY' })
  @IsEnum(Body, { message: `body must be one of: ${Object.values(Body).join(', ')}` })
  body: Body;

  @ApiProperty({ example: 81 })
  @Type(() => Number)
  @IsInt({ message: 'session must be a whole session number' })
  @Min(1, { message: 'session must be at least 1' })
  @Max(9999, { message: 'session must be at most 9999' })
  session: number;
}
