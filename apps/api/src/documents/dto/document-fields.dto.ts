import type { DocumentFieldsRequest } from '@mandate-tracker/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/validation/is-iso-date';
import { DocumentKind } from '../../generated/prisma/enums';

/** What create and update share besides the symbol, which each reads differently. */
export class DocumentFieldsDto implements DocumentFieldsRequest {
  @ApiPropertyOptional({ enum: DocumentKind, description: 'Inferred from the symbol (Corr., Add., RES) when not given; else REPORT' })
  // Absent means inferred; null is refused, as every document has a kind.
  @ValidateIf((_object, value) => value !== undefined)
  @IsEnum(DocumentKind, { message: `kind must be one of: ${Object.values(DocumentKind).join(', ')}` })
  kind?: DocumentKind;

  @ApiPropertyOptional({ example: 'Assistance in mine action: report of the Secretary-General', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  title?: string | null;

  @ApiPropertyOptional({ example: '2007-08-20', nullable: true })
  @IsOptional()
  @IsIsoDate()
  issuedOn?: string | null;
}
