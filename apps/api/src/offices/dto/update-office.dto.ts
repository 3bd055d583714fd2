import type { UpdateOfficeRequest } from '@mandate-tracker/contracts';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { CreateOfficeDto } from './create-office.dto';

/** Null clears the abbreviation; the name refuses null. */
export class UpdateOfficeDto extends PartialType(CreateOfficeDto, { skipNullProperties: false }) implements UpdateOfficeRequest {
  @ApiPropertyOptional({ description: 'The version read; a stale one is refused with 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
