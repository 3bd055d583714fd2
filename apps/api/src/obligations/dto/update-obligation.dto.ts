import type { UpdateObligationRequest } from '@mandate-tracker/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../../common/validation/is-omittable';
import { IsIsoDate } from '../../common/validation/is-iso-date';
import { Body, ObligationKind, ObligationStatus, ObligationStrength, ReviewState } from '../../generated/prisma/enums';
import { IsVersionRead } from '../../common/validation/is-version-read';

const enumMessage = (field: string, values: object) => `${field} must be one of: ${Object.values(values).join(', ')}`;

/**
 * What a person may change on an obligation: its follow-up (status, office,
 * focal point, review) and corrections of what the parser extracted.
 * Null clears an optional field.
 */
export class UpdateObligationDto implements UpdateObligationRequest {
  @IsVersionRead()
  version: number;

  @ApiPropertyOptional({ enum: ObligationStatus })
  @IsOmittable()
  @IsEnum(ObligationStatus, { message: enumMessage('status', ObligationStatus) })
  status?: ObligationStatus;

  @ApiPropertyOptional({ nullable: true, description: 'Why the status changed; required to cancel' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  statusReason?: string | null;

  @ApiPropertyOptional({ enum: ReviewState })
  @IsOmittable()
  @IsEnum(ReviewState, { message: enumMessage('reviewState', ReviewState) })
  reviewState?: ReviewState;

  @ApiPropertyOptional({
    nullable: true,
    example: 'UNMAS',
    description: "An office from /api/offices, by its label, name, abbreviation or an alias; stored as the office's label",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  responsibleOffice?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  focalPoint?: string | null;

  @ApiPropertyOptional({ enum: ObligationKind })
  @IsOmittable()
  @IsEnum(ObligationKind, { message: enumMessage('kind', ObligationKind) })
  kind?: ObligationKind;

  @ApiPropertyOptional({ enum: ObligationStrength })
  @IsOmittable()
  @IsEnum(ObligationStrength, { message: enumMessage('strength', ObligationStrength) })
  strength?: ObligationStrength;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  actor?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  recipient?: string | null;

  @ApiPropertyOptional({ enum: Body, nullable: true })
  @IsOptional()
  @IsEnum(Body, { message: enumMessage('dueBody', Body) })
  dueBody?: Body | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  dueSession?: number | null;

  @ApiPropertyOptional({ nullable: true, example: '2024-06-30' })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  recurrence?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  agendaItemTitle?: string | null;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsNumber()
  @Min(0)
  @Max(1)
  confidence?: number;
}
