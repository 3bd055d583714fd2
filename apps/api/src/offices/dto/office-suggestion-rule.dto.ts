import type { CreateOfficeSuggestionRuleRequest, UpdateOfficeSuggestionRuleRequest } from '@mandate-tracker/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { ListFilter } from '../../common/list/list-filter';

export class CreateOfficeSuggestionRuleDto implements CreateOfficeSuggestionRuleRequest {
  @ApiProperty({ example: 'Mine Action Service', description: 'Words an actor contains (any case)' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'pattern must be text' })
  @IsNotEmpty({ message: 'pattern must not be empty' })
  @MaxLength(200, { message: 'pattern must be at most 200 characters' })
  pattern: string;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'officeId must be the id of an office' })
  @Min(1, { message: 'officeId must be the id of an office' })
  officeId: number;
}

export class UpdateOfficeSuggestionRuleDto extends PartialType(CreateOfficeSuggestionRuleDto) implements UpdateOfficeSuggestionRuleRequest {
  @ApiPropertyOptional({ description: 'The version read; a stale one is refused with 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class OfficeSuggestionRuleFilterDto extends ListFilter {
  @IsOptional()
  @IsInt({ message: 'officeId must be a whole number' })
  officeId?: number;
}

export class OfficeSuggestionQueryDto {
  @ApiProperty({ example: 'the Mine Action Service', description: "An obligation's actor" })
  @IsString({ message: 'actor must be text' })
  @IsNotEmpty({ message: 'actor must not be empty' })
  @MaxLength(500)
  actor: string;
}
