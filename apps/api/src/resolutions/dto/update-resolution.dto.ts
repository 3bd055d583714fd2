import type { UpdateResolutionRequest } from '@mandate-tracker/contracts';
import { PartialType } from '@nestjs/swagger';
import { CreateResolutionDto } from './create-resolution.dto';
import { IsVersionRead } from '../../common/validation/is-version-read';

/** Null clears an optional field; required fields refuse null. */
export class UpdateResolutionDto
  extends PartialType(CreateResolutionDto, { skipNullProperties: false })
  implements UpdateResolutionRequest
{
  @IsVersionRead()
  version: number;
}
