import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '@mandate-tracker/contracts';
import { newSecret } from '../src/auth/secrets';
import { TokensService } from '../src/tokens/tokens.service';
import { UsersService } from '../src/users/users.service';

export interface BenchAccount {
  /** What the audit trail records as the actor of the account's changes. */
  displayName: string;
  /** An API token, sent as `Authorization: Bearer <token>`. */
  token: string;
}

/**
 * Every data route needs a signed-in user since sign-in landed: the benchmarks make one of the role, as
 * `npm run users -- add` and `token` would, and send its API token as a bearer.
 */
export async function benchAccount(app: INestApplicationContext, role: Role = 'ADMINISTRATOR', name = 'bench'): Promise<BenchAccount> {
  const suffix = newSecret(4)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x');
  const user = await app
    .get(UsersService)
    .create({ email: `${name}.${suffix}@bench.example`, displayName: `${name} ${suffix}`, role, password: newSecret(15) }, 'bench', {
      mustChangePassword: false,
    });
  return { displayName: user.displayName, token: (await app.get(TokensService).create(user.id, name, 1, 'bench')).token };
}

export async function benchToken(app: INestApplicationContext, role: Role = 'ADMINISTRATOR', name = 'bench'): Promise<string> {
  return (await benchAccount(app, role, name)).token;
}
