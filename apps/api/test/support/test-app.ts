import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Role } from '@mandate-tracker/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { loadEnvironment } from '../../src/config/environment';
import { PrismaService } from '../../src/prisma/prisma.service';
import { useFixture } from './fixture';
import { TokensService } from '../../src/tokens/tokens.service';
import { UsersService } from '../../src/users/users.service';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestUser {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  /** A real API token of the user's. */
  token: string;
  /** supertest against the app, every request carrying the user's token. */
  api: request.Agent;
}

export interface TestApp {
  app: NestFastifyApplication;
  /**
   * The app's request handler for supertest, acting as the test administrator (a real user with a real API
   * token, checked by the real guard) unless the request brings its own Authorization header or cookie.
   * Use `anonymous` for requests with no credentials, `userWithRole` for any other role.
   */
  server: RequestListener;
  /** The app's node server, no credentials added. */
  anonymous: Server;
  /** The administrator `server` acts as. */
  administrator: TestUser;
  /** A new user of the role (offices limit an editor), with an API token and a supertest agent using it. */
  userWithRole(role: Role, options?: { offices?: string[]; displayName?: string; password?: string }): Promise<TestUser>;
  /** A supertest agent acting as a user of this display name (an administrator unless a role is given), made once per name. */
  actingAs(displayName: string, role?: Role): Promise<request.Agent>;
  /** The app's own client: the least-privilege role, as the API runs. */
  prisma: PrismaService;
  /** The tables' owner, for what a test does behind the API's back (triggers, backdating, silenced changes). */
  owner: PrismaService;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A new user of the role on a running app, with a real API token and a supertest agent carrying it. */
export async function addUser(
  app: NestFastifyApplication,
  role: Role,
  options: { offices?: string[]; displayName?: string; password?: string } = {},
): Promise<TestUser> {
  const suffix = randomBytes(4).toString('hex');
  const displayName = options.displayName ?? `${role.toLowerCase().replace(/_/g, ' ')} ${suffix}`;
  const user = await app
    .get(UsersService)
    .create(
      { email: `${role.toLowerCase()}.${suffix}@test.example`, displayName, role, offices: options.offices, password: options.password },
      'test setup',
      { mustChangePassword: false },
    );
  const { token } = await app.get(TokensService).create(user.id, 'test', 1, 'test setup');
  return {
    id: user.id,
    email: user.email,
    displayName,
    role,
    token,
    api: request.agent(app.getHttpServer() as Server).set('Authorization', `Bearer ${token}`),
  };
}

/** The real application on a database of its own; environment overrides let a test set limits. */
export async function createTestApp(environment: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // As the API runs: connected as the least-privilege role, never as the owner.
  const app = await createApp(loadEnvironment({ LOG_LEVEL: 'silent', ADMIN_DIST: '/nonexistent', ...environment }), database.appUrl);
  await app.getHttpAdapter().getInstance().ready();
  const anonymous = app.getHttpServer() as Server;
  const owner = new PrismaService(database.url);

  const userWithRole: TestApp['userWithRole'] = (role, options = {}) => addUser(app, role, options);

  const administrator = await userWithRole('ADMINISTRATOR', { displayName: 'Test Administrator' });
  const server: RequestListener = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (!incoming.headers.authorization && !incoming.headers.cookie) incoming.headers.authorization = `Bearer ${administrator.token}`;
    anonymous.emit('request', incoming, outgoing);
  };

  const named = new Map<string, Promise<TestUser>>();
  const actingAs: TestApp['actingAs'] = async (displayName, role = 'ADMINISTRATOR') => {
    if (!named.has(displayName)) named.set(displayName, userWithRole(role, { displayName }));
    return (await named.get(displayName)!).api;
  };

  return {
    app,
    actingAs,
    server,
    anonymous,
    administrator,
    userWithRole,
    prisma: app.get(PrismaService),
    owner,
    database,
    close: async () => {
      await owner.$disconnect();
      await app.close();
      await database.drop();
    },
  };
}

/** The app for every test in this file, on a database of its own: created before the first test, closed and dropped after the last. */
export function useTestApp(environment: Record<string, string> = {}): TestApp {
  return useFixture(
    'The test app',
    () => createTestApp(environment),
    (t) => t.close(),
  );
}
