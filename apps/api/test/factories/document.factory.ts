import type { CreateDocumentDto } from '../../src/documents/dto/create-document.dto';
import type { Document } from '../../src/prisma/filter-only-columns';
import type { PrismaService } from '../../src/prisma/prisma.service';

let sequence = 0;

/** A unique, valid single document as the API accepts it. */
export function buildDocument(overrides: Partial<CreateDocumentDto> = {}): CreateDocumentDto {
  sequence += 1;
  return {
    symbol: `A/58/${200 + sequence}`,
    kind: 'REPORT',
    title: `Report of the Secretary-General ${sequence}`,
    issuedOn: '2003-08-15',
    ...overrides,
  };
}

/** Stores one document directly, for tests whose subject is not creation itself. */
export async function createDocument(prisma: PrismaService, overrides: Partial<CreateDocumentDto> = {}): Promise<Document> {
  const input = buildDocument(overrides);
  return prisma.document.create({
    data: { ...input, kind: input.kind ?? 'REPORT', issuedOn: input.issuedOn ? new Date(`${input.issuedOn}T00:00:00Z`) : null },
  });
}
