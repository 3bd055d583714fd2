import type { LinkDocumentRequest, ReviewLinkRequest } from '@mandate-tracker/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsVersionRead } from '../../common/validation/is-version-read';
import { LinkRelation, ReviewState } from '../../generated/prisma/enums';

/** "This report fulfils the obligation": one symbol field may name several documents (A/62/307 and Corr.3). */
export class LinkDocumentDto implements LinkDocumentRequest {
  @ApiProperty({ example: 'A/62/307 and Corr.3' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  symbol: string;

  @ApiPropertyOptional({ enum: LinkRelation, default: LinkRelation.FULFILS })
  @IsOptional()
  @IsEnum(LinkRelation, { message: `relation must be one of: ${Object.values(LinkRelation).join(', ')}` })
  relation?: LinkRelation;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidenceNote?: string;
}

/** A person confirms or rejects a link, typically one proposed automatically. */
export class ReviewLinkDto implements ReviewLinkRequest {
  @ApiProperty({ enum: ReviewState })
  @IsEnum(ReviewState, { message: `reviewState must be one of: ${Object.values(ReviewState).join(', ')}` })
  reviewState: ReviewState;

  @IsVersionRead()
  version: number;
}
