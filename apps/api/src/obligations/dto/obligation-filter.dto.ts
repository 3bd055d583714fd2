import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Body, ObligationKind, ObligationStatus, ObligationStrength, ReviewState } from '../../generated/prisma/enums';
import { ListFilter } from '../../common/list/list-filter';

const enumMessage = (field: string, values: object) => `${field} must be one of: ${Object.values(values).join(', ')}`;
const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** The filters of the obligations list; each has an index behind it. */
export class ObligationFilterDto extends ListFilter {
  /** Words searched in the quote, actor and agenda item title. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsEnum(ObligationKind, { message: enumMessage('kind', ObligationKind) })
  kind?: ObligationKind;

  @IsOptional()
  @IsEnum(ObligationStrength, { message: enumMessage('strength', ObligationStrength) })
  strength?: ObligationStrength;

  @IsOptional()
  @IsEnum(ObligationStatus, { message: enumMessage('status', ObligationStatus) })
  status?: ObligationStatus;

  @IsOptional()
  @IsEnum(ReviewState, { message: enumMessage('reviewState', ReviewState) })
  reviewState?: ReviewState;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  responsibleOffice?: string;

  /** true: no responsible office recorded yet (the dashboard's "unassigned"); false: one is. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unassigned?: boolean;

  @IsOptional()
  @IsEnum(Body, { message: enumMessage('dueBody', Body) })
  dueBody?: Body;

  @IsOptional()
  @IsInt()
  @Min(1)
  dueSession?: number;

  /** Due at this session or a later one (with dueSessionTo: a range of sessions, as the agenda plans them). */
  @IsOptional()
  @IsInt()
  @Min(1)
  dueSessionFrom?: number;

  /** Due at this session or an earlier one. */
  @IsOptional()
  @IsInt()
  @Min(1)
  dueSessionTo?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  resolutionId?: number;

  /** A resolution id: obligations of every resolution in its series (what it recalls and what recalls it). */
  @IsOptional()
  @IsInt()
  @Min(1)
  series?: number;

  /** Past its due date or due session, and not submitted, fulfilled or cancelled. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}
