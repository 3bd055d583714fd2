import type { UpdateDocumentRequest } from '@mandate-tracker/contracts';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { IsDocumentSymbol } from '../../common/validation/is-document-symbol';
import { DocumentFieldsDto } from './document-fields.dto';
import { IsVersionRead } from '../../common/validation/is-version-read';

/** A record has one symbol, so a change names exactly one. Null clears title or issuedOn. */
export class UpdateDocumentDto extends PartialType(DocumentFieldsDto, { skipNullProperties: false }) implements UpdateDocumentRequest {
  @ApiPropertyOptional({ example: 'A/62/307/Corr.3' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsDocumentSymbol()
  symbol?: string;

  @IsVersionRead()
  version: number;
}
