import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** The query string of react-admin's simple REST list protocol, before its JSON is read. */
export class ListQueryDto {
  @ApiPropertyOptional({ example: '["title","ASC"]', description: 'JSON [field, "ASC" | "DESC"]' })
  @IsOptional()
  @IsString()
  sort?: string;

  @ApiPropertyOptional({ example: '[0,24]', description: 'JSON [first, last], both inclusive' })
  @IsOptional()
  @IsString()
  range?: string;

  @ApiPropertyOptional({ example: '{"q":"mine action"}', description: 'JSON object of filters' })
  @IsOptional()
  @IsString()
  filter?: string;
}
