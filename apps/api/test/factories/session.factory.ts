import type { CreateSessionDto } from '../../src/sessions/dto/create-session.dto';
import type { PrismaService } from '../../src/prisma/prisma.service';
import type { Session } from '../../src/generated/prisma/client';

let sequence = 0;

/**
 * A unique, valid session as the API accepts it. Human Rights Council by default: the General Assembly's
 * sessions 1 to 85 are seeded by a migration and would clash.
 */
export function buildSession(overrides: Partial<CreateSessionDto> = {}): CreateSessionDto {
  sequence += 1;
  const number = 100 + sequence;
  return { body: 'HUMAN_RIGHTS_COUNCIL', number, opensOn: '2023-06-19', closesOn: '2023-07-14', ...overrides };
}

/** Stores a session directly, for tests whose subject is not creation itself. */
export async function createSession(prisma: PrismaService, overrides: Partial<CreateSessionDto> = {}): Promise<Session> {
  const input = buildSession(overrides);
  return prisma.session.create({
    data: {
      ...input,
      opensOn: new Date(`${input.opensOn}T00:00:00Z`),
      closesOn: input.closesOn ? new Date(`${input.closesOn}T00:00:00Z`) : null,
    },
  });
}
