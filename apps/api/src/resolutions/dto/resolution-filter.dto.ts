import { IsEnum, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { Body } from '../../generated/prisma/enums';
import { ListFilter } from '../../common/list/list-filter';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  @Matches(ISO_DATE, { message: 'adoptedFrom must be a date written YYYY-MM-DD' })
  adoptedFrom?: string;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'adoptedTo must be a date written YYYY-MM-DD' })
  adoptedTo?: string;
}
