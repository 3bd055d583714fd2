import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { ListQueryDto } from '../../common/list/list-query.dto';

/** The list protocol plus the day the report is as of. */
export class ComplianceQueryDto extends ListQueryDto {
  @ApiProperty({ example: '2025-12-31', description: 'The report shows every obligation as it stood at the end of this day (UTC)' })
  @IsOptional()
  @IsString()
  asOf?: string;
}

/** The figures take the same scope, without paging. */
export class ComplianceFiguresQueryDto {
  @ApiProperty({ example: '2025-12-31' })
  @IsOptional()
  @IsString()
  asOf?: string;

  @ApiProperty({ required: false, example: '{"session":[78,79],"actor":"Secretary-General"}' })
  @IsOptional()
  @IsString()
  filter?: string;
}
