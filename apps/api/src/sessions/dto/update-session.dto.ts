import type { UpdateSessionRequest } from '@mandate-tracker/contracts';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { CreateSessionDto } from './create-session.dto';

/** Null clears closesOn; required fields refuse null. */
export class UpdateSessionDto extends PartialType(CreateSessionDto, { skipNullProperties: false }) implements UpdateSessionRequest {
  @ApiPropertyOptional({ description: 'The version read; a stale one is refused with 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
