import type { CreateResolutionRequest } from '@mandate-tracker/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Body, MainCommittee, SourceFormat } from '../../generated/prisma/enums';
import { IsDocumentSymbol } from '../../common/validation/is-document-symbol';
import { IsIsoDate } from '../../common/validation/is-iso-date';

export class CreateResolutionDto implements CreateResolutionRequest {
  @ApiProperty({ example: 'A/RES/57/159' })
  @IsDocumentSymbol()
  @Matches(/\/RES\//i, { message: 'symbol must be a resolution symbol such as A/RES/78/70 or S/RES/2720 (2023)' })
  symbol: string;

  @ApiProperty({ enum: Body })
  @IsEnum(Body, { message: `body must be one of: ${Object.values(Body).join(', ')}` })
  body: Body;

  @ApiPropertyOptional({ example: 57, nullable: true })
  @IsOptional()
  @IsInt({ message: 'sessionNumber must be a whole number' })
  @Min(1)
  @Max(999)
  sessionNumber?: number | null;

  @ApiProperty({ example: '159' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  resolutionNumber: string;

  @ApiProperty({ example: 'Assistance in mine action' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  title: string;

  @ApiPropertyOptional({ example: '2002-12-16', nullable: true })
  @IsOptional()
  @IsIsoDate()
  adoptedOn?: string | null;

  @ApiPropertyOptional({ example: '76th plenary meeting', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  meeting?: string | null;

  @ApiPropertyOptional({ example: 'A/57/514', nullable: true })
  @IsOptional()
  @IsDocumentSymbol()
  committeeReport?: string | null;

  @ApiPropertyOptional({ enum: MainCommittee, nullable: true, description: 'PLENARY: adopted without reference to a Main Committee' })
  @IsOptional()
  @IsEnum(MainCommittee, { message: `mainCommittee must be one of: ${Object.values(MainCommittee).join(', ')}` })
  mainCommittee?: MainCommittee | null;

  @ApiPropertyOptional({ example: '46', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  agendaItemNumber?: string | null;

  @ApiPropertyOptional({ description: 'The resolution text as imported' })
  @IsOptional()
  @IsString()
  sourceText?: string;

  @ApiPropertyOptional({ enum: SourceFormat, default: SourceFormat.PLAIN })
  @IsOptional()
  @IsEnum(SourceFormat, { message: `sourceFormat must be one of: ${Object.values(SourceFormat).join(', ')}` })
  sourceFormat?: SourceFormat;
}
