import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDITED_ENTITIES, type AuditedEntityName } from '@mandate-tracker/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../common/list/list-query.dto';

/** The list protocol, plus one entity's events asked plainly: `?entity=Resolution&entityId=12`. */
export class AuditLogQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: AUDITED_ENTITIES, description: 'The kind of record; the same as filter {"entityType"}' })
  @IsOptional()
  @IsIn(AUDITED_ENTITIES, { message: `entity must be one of: ${AUDITED_ENTITIES.join(', ')}` })
  entity?: AuditedEntityName;

  @ApiPropertyOptional({ example: '12', description: 'Its id (with entity); the same as filter {"entityId"}' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityId?: string;
}
