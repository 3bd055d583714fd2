import type { PreviewImportRequest } from '@mandate-tracker/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';

/** Pasted text; files come as multipart/form-data in a field named `file`. */
export class PreviewImportDto implements PreviewImportRequest {
  @ApiProperty({ description: 'The resolution text: from a PDF, a Word export, Markdown, HTML or plain text' })
  @IsString()
  @IsNotEmpty()
  text: string;
}
