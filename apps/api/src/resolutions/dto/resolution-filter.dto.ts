import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Body } from '../../generated/prisma/enums';
import { ListFilter } from '../../common/list/list-filter';
import { IsIsoDate } from '../../common/validation/is-iso-date';

/** The filters the admin's resolution list offers; each has an index behind it. */
export class ResolutionFilterDto extends ListFilter {
  /** Words searched in the symbol and title. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsEnum(Body, { message: `body must be one of: ${Object.values(Body).join(', ')}` })
  body?: Body;

  @IsOptional()
  @IsInt()
  @Min(1)
  sessionNumber?: number;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  agendaItemNumber?: string;

  @IsOptional()
  @IsIsoDate()
  adoptedFrom?: string;

  @IsOptional()
  @IsIsoDate()
  adoptedTo?: string;
}
