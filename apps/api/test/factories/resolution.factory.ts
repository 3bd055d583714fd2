import { checksumOf } from '../../src/common/checksum';
import type { CreateResolutionDto } from '../../src/resolutions/dto/create-resolution.dto';
import type { PrismaService } from '../../src/prisma/prisma.service';
import type { Resolution } from '../../src/prisma/filter-only-columns';

let sequence = 0;

/** A unique, valid resolution as the API accepts it. */
export function buildResolution(overrides: Partial<CreateResolutionDto> = {}): CreateResolutionDto {
  sequence += 1;
  const number = String(100 + sequence);
  return {
    symbol: `A/RES/57/${number}`,
    body: 'GENERAL_ASSEMBLY',
    sessionNumber: 57,
    resolutionNumber: number,
    title: `Assistance in mine action ${number}`,
    adoptedOn: '2002-12-16',
    meeting: '76th plenary meeting',
    agendaItemNumber: '46',
    sourceText: `The General Assembly, ... resolution ${number}`,
    sourceFormat: 'PLAIN',
    ...overrides,
  };
}

/** Stores a resolution directly, for tests whose subject is not creation itself. */
export async function createResolution(prisma: PrismaService, overrides: Partial<CreateResolutionDto> = {}): Promise<Resolution> {
  const input = buildResolution(overrides);
  const sourceText = input.sourceText ?? '';
  return prisma.resolution.create({
    data: {
      ...input,
      adoptedOn: input.adoptedOn ? new Date(`${input.adoptedOn}T00:00:00Z`) : null,
      sourceText,
      sourceFormat: input.sourceFormat ?? 'PLAIN',
      checksum: checksumOf(sourceText),
    },
  });
}
