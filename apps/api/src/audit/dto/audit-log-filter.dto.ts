import {
  AUDIT_ACTIONS,
  AUDITED_ENTITIES,
  type AuditAction,
  type AuditedEntityName,
  type AuditLogFilter,
} from '@mandate-tracker/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '../../common/validation/is-iso-date';

/** Who, what, which entity, when: the filters of the audit log and of its exports. */
export class AuditLogFilterDto implements AuditLogFilter {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of: ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @IsOptional()
  @IsIn(AUDITED_ENTITIES, { message: `entityType must be one of: ${AUDITED_ENTITIES.join(', ')}` })
  entityType?: AuditedEntityName;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityId?: string;

  /** Events of a resolution, its obligations and their links and notes, deleted ones included. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  resolutionSymbol?: string;

  @IsOptional()
  @IsIsoDate()
  from?: string;

  @IsOptional()
  @IsIsoDate()
  to?: string;
}
