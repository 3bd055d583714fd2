import type { CreateSessionRequest } from '@mandate-tracker/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsIsoDate } from '../../common/validation/is-iso-date';
import { Body } from '../../generated/prisma/enums';

export class CreateSessionDto implements CreateSessionRequest {
  @ApiProperty({ enum: Body })
  @IsEnum(Body, { message: `body must be one of: ${Object.values(Body).join(', ')}` })
  body: Body;

  @ApiProperty({ example: 81, description: "The body's own session number" })
  @IsInt({ message: 'number must be a whole number' })
  @Min(1, { message: 'number must be greater than 0' })
  @Max(9999)
  number: number;

  @ApiProperty({ example: '2026-09-08' })
  @IsIsoDate()
  opensOn: string;

  @ApiPropertyOptional({ example: '2027-09-06', nullable: true, description: 'On or after opensOn; empty while unknown' })
  @IsOptional()
  @IsIsoDate()
  closesOn?: string | null;
}
