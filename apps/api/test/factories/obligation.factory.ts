import type { Prisma } from '../../src/generated/prisma/client';
import type { Obligation } from '../../src/prisma/filter-only-columns';
import type { PrismaService } from '../../src/prisma/prisma.service';
import { createResolution } from './resolution.factory';

/** An operative paragraph with one REPORT obligation, as an import would store it. */
export async function createObligation(
  prisma: PrismaService,
  overrides: Partial<Prisma.ObligationUncheckedCreateInput> = {},
): Promise<Obligation> {
  const resolutionId = overrides.resolutionId ?? (await createResolution(prisma)).id;
  const paragraph = await prisma.paragraph.create({
    data: {
      resolutionId,
      eId: `para_${Math.floor(Math.random() * 1e6)}`,
      kind: 'OPERATIVE',
      number: 23,
      position: Math.floor(Math.random() * 1e6),
      text: 'Requests the Secretary-General to submit to the General Assembly at its fifty-eighth session a report on the implementation of the present resolution;',
      leadVerb: 'Requests',
    },
  });
  return prisma.obligation.create({
    data: {
      paragraphId: paragraph.id,
      paragraphRef: '23',
      kind: 'REPORT',
      strength: 'MANDATORY',
      actor: 'Secretary-General',
      recipient: 'General Assembly',
      dueBody: 'GENERAL_ASSEMBLY',
      dueSession: 58,
      quote: 'Requests the Secretary-General to submit to the General Assembly at its fifty-eighth session a report',
      confidence: 0.95,
      ...overrides,
      resolutionId,
    },
  });
}
