import type { UpdateSessionRequest } from '@mandate-tracker/contracts';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { IsOmittable } from '../../common/validation/is-omittable';
import { CreateSessionDto } from './create-session.dto';

/** Null clears closesOn; required fields refuse null. */
export class UpdateSessionDto extends PartialType(CreateSessionDto, { skipNullProperties: false }) implements UpdateSessionRequest {
  @ApiPropertyOptional({ description: 'The version read; a stale one is refused with 409' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  version?: number;
}
