import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ListFilter } from '../../common/list/list-filter';

export class OfficeFilterDto extends ListFilter {
  /** Words in the name, abbreviation or an alias (the picker's search). */
  @IsOptional()
  @IsString({ message: 'q must be text' })
  @MaxLength(200)
  q?: string;
}
