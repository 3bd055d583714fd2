import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory';
import { loadEnvironment } from '../../src/config/environment';
import { PrismaService } from '../../src/prisma/prisma.service';
import { useFixture } from './fixture';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  /** The app's node server, for supertest. */
  server: NestFastifyApplication['getHttpServer'] extends () => infer S ? S : never;
  prisma: PrismaService;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real application on a database of its own; environment overrides let a test set limits. */
export async function createTestApp(environment: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await createApp(loadEnvironment({ LOG_LEVEL: 'silent', ADMIN_DIST: '/nonexistent', ...environment }), database.url);
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    server: app.getHttpServer(),
    prisma: app.get(PrismaService),
    database,
    close: async () => {
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
