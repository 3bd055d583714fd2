import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateCalendarFeedRequest } from '@mandate-tracker/contracts';
import { IsEnum, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Body, CalendarFeedScope } from '../../generated/prisma/enums';

/** POST /api/calendar-feeds: what the feed holds; the fields its scope needs are checked by the service. */
export class CreateCalendarFeedDto implements CreateCalendarFeedRequest {
  @ApiProperty({ example: 'UNMAS reports' })
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @ApiProperty({ enum: CalendarFeedScope })
  @IsEnum(CalendarFeedScope, { message: `scope must be one of: ${Object.values(CalendarFeedScope).join(', ')}` })
  scope: CalendarFeedScope;

  @ApiPropertyOptional({ example: 'Mine Action Service', description: 'For scope OFFICE' })
  @IsOptional()
  @IsString({ message: 'responsibleOffice must be text' })
  @IsNotEmpty({ message: 'responsibleOffice must not be empty' })
  @MaxLength(200, { message: 'responsibleOffice must be at most 200 characters' })
  responsibleOffice?: string;

  @ApiPropertyOptional({ enum: Body, description: 'For scope SESSION' })
  @IsOptional()
  @IsEnum(Body, { message: `body must be one of: ${Object.values(Body).join(', ')}` })
  body?: Body;

  @ApiPropertyOptional({ example: 81, description: 'For scope SESSION' })
  @IsOptional()
  @IsInt({ message: 'sessionNumber must be a whole session number' })
  @Min(1, { message: 'sessionNumber must be at least 1' })
  @Max(9999, { message: 'sessionNumber must be at most 9999' })
  sessionNumber?: number;

  @ApiPropertyOptional({
    example: { kind: 'REPORT', dueSessionFrom: 81 },
    description: 'For scope OBLIGATION_FILTER: the obligations list filter',
  })
  @IsOptional()
  @IsObject({ message: 'filter must be an object of obligations list filters' })
  filter?: Record<string, unknown>;
}
