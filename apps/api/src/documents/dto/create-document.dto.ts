import type { CreateDocumentRequest } from '@mandate-tracker/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsDocumentSymbolList } from './is-document-symbol-list';
import { DocumentFieldsDto } from './document-fields.dto';

export class CreateDocumentDto extends DocumentFieldsDto implements CreateDocumentRequest {
  @ApiProperty({
    example: 'A/62/307 and Corr.3',
    description:
      'One symbol, or several as UN texts write them: "A/62/307 and Corr.3" records A/62/307 and A/62/307/Corr.3. kind and issuedOn describe the first; title applies to all.',
  })
  @IsDocumentSymbolList()
  symbol: string;
}
