import { Transform } from 'class-transformer';
import { IsInt, IsOptional } from 'class-validator';

const toArray = ({ value }: { value: unknown }): unknown => (Array.isArray(value) ? value : [value]);

/** Filters every resource accepts: react-admin's getMany sends `{"id": [..]}`. */
export class ListFilter {
  @IsOptional()
  @Transform(toArray)
  @IsInt({ each: true, message: 'id must be a whole number or a list of them' })
  id?: number[];
}
