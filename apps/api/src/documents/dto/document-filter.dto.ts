import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListFilter } from '../../common/list/list-filter';
import { DocumentKind } from '../../generated/prisma/enums';

export class DocumentFilterDto extends ListFilter {
  /** Words searched in the symbol and title. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsEnum(DocumentKind, { message: `kind must be one of: ${Object.values(DocumentKind).join(', ')}` })
  kind?: DocumentKind;
}
