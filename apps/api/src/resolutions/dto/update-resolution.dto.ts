import type { UpdateResolutionRequest } from '@mandate-tracker/contracts';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { CreateResolutionDto } from './create-resolution.dto';

/** Null clears an optional field; required fields refuse null. */
export class UpdateResolutionDto
  extends PartialType(CreateResolutionDto, { skipNullProperties: false })
  implements UpdateResolutionRequest
{
  @ApiPropertyOptional({ description: 'The version read; a stale one is refused with 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
