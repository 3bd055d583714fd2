import { COMPLIANCE_OUTCOMES, type ComplianceFilter, type ComplianceOutcome } from '@mandate-tracker/contracts';
import { Transform } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Body, ObligationKind } from '../../generated/prisma/enums';
import { ListFilter } from '../../common/list/list-filter';

const toArray = ({ value }: { value: unknown }): unknown => (value === undefined || Array.isArray(value) ? value : [value]);
const listMessage = (field: string, values: readonly string[]) => `${field} must be one or more of: ${values.join(', ')}`;

/** The compliance report's scope; each field takes one value or a list of them. */
export class ComplianceFilterDto extends ListFilter implements ComplianceFilter {
  @IsOptional()
  @Transform(toArray)
  @IsEnum(Body, { each: true, message: listMessage('body', Object.values(Body)) })
  body?: Body[];

  /** Sessions at which the resolutions were adopted. */
  @IsOptional()
  @Transform(toArray)
  @IsInt({ each: true, message: 'session must be a session number or a list of them' })
  @Min(1, { each: true })
  session?: number[];

  @IsOptional()
  @Transform(toArray)
  @IsInt({ each: true, message: 'dueSession must be a session number or a list of them' })
  @Min(1, { each: true })
  dueSession?: number[];

  @IsOptional()
  @Transform(toArray)
  @IsEnum(ObligationKind, { each: true, message: listMessage('kind', Object.values(ObligationKind)) })
  kind?: ObligationKind[];

  @IsOptional()
  @Transform(toArray)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  office?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @IsOptional()
  @Transform(toArray)
  @IsInt({ each: true, message: 'resolutionId must be a whole number or a list of them' })
  resolutionId?: number[];

  @IsOptional()
  @IsInt()
  @Min(1)
  series?: number;

  @IsOptional()
  @Transform(toArray)
  @IsIn(COMPLIANCE_OUTCOMES, { each: true, message: listMessage('outcome', COMPLIANCE_OUTCOMES) })
  outcome?: ComplianceOutcome[];
}
