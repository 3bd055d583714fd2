#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { isRole, ROLES } from '@mandate-tracker/contracts';
import { AppModule } from '../app.module';
import { loadEnvironment } from '../config/environment';
import { openDatabaseServer } from '../database/database-server';
import { prepareDatabase } from '../database/prepare-database';
import { TokensService } from '../tokens/tokens.service';
import { UsersService } from '../users/users.service';
import { newSecret } from '../auth/secrets';

const USAGE = `usage: npm run users -- add <email> --role <${ROLES.join('|')}> [--office <office>]... [--name <display name>]
       npm run users -- token <email> [--days N] [--name <token name>]
       npm run users -- deactivate <email>`;

/** Changes made here are audited under this name. */
const CLI_ACTOR = 'users-cli';

class UsageError extends Error {}

/**
 * Administrators' command line, against the configured database (DATABASE_URL, or the embedded one, running or
 * not). `token` prints the new token alone on the last line, for scripts.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      office: { type: 'string', multiple: true },
      name: { type: 'string' },
      days: { type: 'string' },
    },
  });
  const [command, email] = positionals;
  if (!command || !email || positionals.length > 2) throw new UsageError('a command and an e-mail are needed');
  const environment = loadEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const database = await openDatabaseServer(environment, (line) => process.stderr.write(`${line}\n`));
  try {
    const { applicationUrl } = await prepareDatabase(database);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(environment, applicationUrl), { logger: false });
    try {
      const users = app.get(UsersService);
      switch (command) {
        case 'add': {
          if (!isRole(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
          // A one-time password: the user chooses their own at first sign-in (or signs in through SSO).
          const password = newSecret(15);
          const user = await users.create(
            { email, displayName: values.name ?? email.split('@')[0] ?? email, role: values.role, offices: values.office, password },
            CLI_ACTOR,
          );
          process.stdout.write(`Added ${user.email} (${user.role}${user.offices.length ? `, offices ${user.offices.join(', ')}` : ''})\n`);
          process.stdout.write(`One-time password (shown once; to be changed at first sign-in):\n${password}\n`);
          return 0;
        }
        case 'token': {
          const days = values.days === undefined ? undefined : Number(values.days);
          if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 366)) throw new UsageError('--days must be 1 to 366');
          const user = await users.findByEmail(email);
          if (!user.active) throw new Error(`${user.email} is deactivated`);
          const token = await app.get(TokensService).create(user.id, values.name ?? 'command line', days, CLI_ACTOR);
          process.stderr.write(`Token for ${user.email}, expires ${token.expiresAt}; shown once:\n`);
          process.stdout.write(`${token.token}\n`);
          return 0;
        }
        case 'deactivate': {
          const user = await users.deactivate(email, CLI_ACTOR);
          process.stdout.write(`Deactivated ${user.email}: sessions and tokens revoked; their history stays\n`);
          return 0;
        }
        default:
          throw new UsageError(`unknown command ${command}`);
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
