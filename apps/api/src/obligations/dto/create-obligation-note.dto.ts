import type { CreateObligationNoteRequest } from '@mandate-tracker/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateObligationNoteDto implements CreateObligationNoteRequest {
  @ApiProperty({ example: 'Draft sent to OLA for clearance on 3 May.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  text: string;
}
