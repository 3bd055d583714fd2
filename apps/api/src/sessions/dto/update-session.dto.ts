import type { UpdateSessionRequest } from '@mandate-tracker/contracts';
import { PartialType } from '@nestjs/swagger';
import { CreateSessionDto } from './create-session.dto';
import { IsVersionRead } from '../../common/validation/is-version-read';

/** Null clears closesOn; required fields refuse null. */
export class UpdateSessionDto extends PartialType(CreateSessionDto, { skipNullProperties: false }) implements UpdateSessionRequest {
  @IsVersionRead()
  version: number;
}
