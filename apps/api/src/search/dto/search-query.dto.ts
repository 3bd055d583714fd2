import { SEARCH_QUERY_MAX_LENGTH, type SearchRequest } from '@mandate-tracker/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 100;

/** Control characters become spaces: PostgreSQL refuses a NUL in text, and none of them is a word. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
const clean = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.replace(CONTROL_CHARACTERS, ' ').trim() : value;

/** GET /api/search: the words as a person types them, and how many hits to answer. */
export class SearchQueryDto implements SearchRequest {
  @ApiProperty({ example: 'mine action', description: 'Words, "quoted phrases", OR, -excluded (web search syntax); never a syntax error' })
  @Transform(clean)
  @IsString({ message: 'q must be text' })
  @IsNotEmpty({ message: 'q must name at least one word to search for' })
  @MaxLength(SEARCH_QUERY_MAX_LENGTH, { message: `q must be at most ${SEARCH_QUERY_MAX_LENGTH} characters` })
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_LIMIT_MAX, default: SEARCH_LIMIT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(SEARCH_LIMIT_MAX, { message: `limit must be at most ${SEARCH_LIMIT_MAX}` })
  limit?: number;
}
