import { IsBoolean, IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { Body } from '../../generated/prisma/enums';
import { ListFilter } from '../../common/list/list-filter';

export class SessionFilterDto extends ListFilter {
  @IsOptional()
  @IsEnum(Body, { message: `body must be one of: ${Object.values(Body).join(', ')}` })
  body?: Body;

  @IsOptional()
  @IsInt({ message: 'number must be a whole number' })
  @Min(1)
  number?: number;

  /** true: the session of each body open on today's date; false: all others. */
  @IsOptional()
  @IsBoolean({ message: 'current must be true or false' })
  current?: boolean;
}
