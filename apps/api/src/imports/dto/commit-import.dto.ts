import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Body, ObligationKind, ReviewState } from '../../generated/prisma/enums';

const enumMessage = (field: string, values: object) => `${field} must be one of: ${Object.values(values).join(', ')}`;

/** A reviewer's decision on one extracted obligation, and any corrections, keyed by its stable eId. */
export class ObligationDecisionDto {
  @ApiProperty({ example: 'para_23__obligation_1' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]*$/, { message: 'eId must be an identifier such as para_23__obligation_1' })
  eId: string;

  @ApiPropertyOptional({ enum: ReviewState })
  @IsOptional()
  @IsEnum(ReviewState, { message: enumMessage('reviewState', ReviewState) })
  reviewState?: ReviewState;

  @ApiPropertyOptional({ enum: ObligationKind })
  @IsOptional()
  @IsEnum(ObligationKind, { message: enumMessage('kind', ObligationKind) })
  kind?: ObligationKind;

  @ApiPropertyOptional({ enum: ['mandatory', 'hortatory'] })
  @IsOptional()
  @IsIn(['mandatory', 'hortatory'])
  strength?: 'mandatory' | 'hortatory';

  @ApiPropertyOptional()
  @IsOptional()
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

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date written YYYY-MM-DD' })
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
}

export class CommitImportDto {
  @ApiProperty({ description: 'The text returned by the preview (or pasted), parsed again on the server' })
  @IsString()
  @IsNotEmpty()
  text: string;

  @ApiPropertyOptional({ type: [ObligationDecisionDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ObligationDecisionDto)
  obligations?: ObligationDecisionDto[];
}
