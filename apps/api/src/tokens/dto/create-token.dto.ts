import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateApiTokenRequest } from '@mandate-tracker/contracts';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CreateTokenDto implements CreateApiTokenRequest {
  @ApiProperty({ example: 'Excel: overdue obligations' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: 90, description: 'Days until it expires, 1 to 366' })
  @IsOptional()
  @IsInt({ message: 'days must be a whole number' })
  @Min(1)
  @Max(366)
  days?: number;
}
