import type { CreateObligationNoteRequest } from '@mandate-tracker/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class CreateObligationNoteDto implements CreateObligationNoteRequest {
  @ApiProperty({ example: 'Draft sent to OLA for clearance on 3 May.' })
  @IsString()
  @IsNotEmpty({ message: 'text is empty: write the note' })
  @Matches(/\S/, { message: 'text is empty: write the note' })
  @MaxLength(5000)
  text: string;
}
