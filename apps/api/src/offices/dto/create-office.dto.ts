import type { CreateOfficeRequest } from '@mandate-tracker/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
/** Blank aliases are dropped and repeats (in any case) kept once, so a form's empty row is not an error. */
const cleanAliases = ({ value }: { value: unknown }): unknown => {
  if (!Array.isArray(value)) return value;
  const seen = new Set<string>();
  return value
    .map((alias: unknown) => (typeof alias === 'string' ? alias.trim() : alias))
    .filter((alias: unknown) => {
      if (typeof alias !== 'string') return true;
      if (alias === '' || seen.has(alias.toLowerCase())) return false;
      seen.add(alias.toLowerCase());
      return true;
    });
};

export class CreateOfficeDto implements CreateOfficeRequest {
  @ApiProperty({ example: 'United Nations Mine Action Service' })
  @Transform(trimmed)
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @ApiPropertyOptional({ example: 'UNMAS', nullable: true, description: 'Shown in lists and stored on obligations when present' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'abbreviation must be text' })
  @IsNotEmpty({ message: 'abbreviation must not be empty (send null for none)' })
  @MaxLength(40, { message: 'abbreviation must be at most 40 characters' })
  abbreviation?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Mine Action Service'] })
  @IsOptional()
  @Transform(cleanAliases)
  @IsArray({ message: 'aliases must be a list of names' })
  @ArrayMaxSize(50, { message: 'aliases must hold at most 50 names' })
  @IsString({ each: true, message: 'each alias must be text' })
  @MaxLength(200, { each: true, message: 'each alias must be at most 200 characters' })
  aliases?: string[];
}
