import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** An export takes its list's filter and sort (JSON, as the list does), and the as-of day for compliance. */
export class ExportQueryDto {
  @ApiPropertyOptional({ example: '{"status":"PENDING"}' })
  @IsOptional()
  @IsString()
  filter?: string;

  @ApiPropertyOptional({ example: '["dueSession","ASC"]' })
  @IsOptional()
  @IsString()
  sort?: string;

  @ApiPropertyOptional({ example: '2025-12-31', description: 'compliance only' })
  @IsOptional()
  @IsString()
  asOf?: string;
}
