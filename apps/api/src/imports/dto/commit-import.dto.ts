import type { CommitImportRequest, ObligationDecision } from '@mandate-tracker/contracts';
import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { UpdateObligationDto } from '../../obligations/dto/update-obligation.dto';

/** A paragraph as printed: an operative number with its sub-paragraph letters or numerals, or a preambular PP. */
const PARAGRAPH_REF = /^(?:PP\d{1,3}|\d{1,3}(?: \([a-z]{1,6}\))*)$/;

/**
 * A reviewer's decision on one extracted obligation, and any corrections, keyed by its stable eId: the same
 * fields a person may correct on a stored obligation, except strength, which the parser writes in lower case.
 */
export class ObligationDecisionDto
  extends PickType(UpdateObligationDto, [
    'reviewState',
    'kind',
    'actor',
    'recipient',
    'dueBody',
    'dueSession',
    'dueDate',
    'recurrence',
    'agendaItemTitle',
  ] as const)
  implements ObligationDecision
{
  @ApiProperty({ example: 'para_23__obligation_1' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]*$/, { message: 'eId must be an identifier such as para_23__obligation_1' })
  eId: string;

  @ApiPropertyOptional({ enum: ['mandatory', 'hortatory'] })
  @IsOptional()
  @IsIn(['mandatory', 'hortatory'])
  strength?: 'mandatory' | 'hortatory';

  @ApiPropertyOptional({ example: '4 (b)', description: 'The paragraph as printed, when the parser numbered it wrongly' })
  @IsOptional()
  @IsString()
  @Matches(PARAGRAPH_REF, { message: 'paragraph must be written as printed: 12, 4 (b), 1 (b) (ii) or PP3' })
  paragraph?: string;
}

export class CommitImportDto implements CommitImportRequest {
  @ApiProperty({ description: 'The text returned by the preview (or pasted), parsed again on the server' })
  @IsString()
  @IsNotEmpty()
  text: string;

  @ApiPropertyOptional({ type: [ObligationDecisionDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ObligationDecisionDto)
  obligations?: ObligationDecisionDto[];
}
