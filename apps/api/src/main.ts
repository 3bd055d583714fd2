import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApp } from './app.factory';
import { ConfigurationError, loadEnvironment } from './config/environment';
import { migrationsDir } from './config/paths';
import { openDatabaseServer } from './database/database-server';
import { migrate } from './database/migrator';

async function bootstrap(): Promise<void> {
  const environment = loadEnvironment(process.env);
  const say = (message: string): void => {
    if (environment.LOG_LEVEL !== 'silent') process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);
  };
  const database = await openDatabaseServer(environment, say);
  const report = await migrate(database.url, migrationsDir);
  say(`Migrations: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied`);

  const app = await createApp(environment, database.url);
  const logger = app.get(Logger);
  // Nest closes the app on SIGTERM/SIGINT (enableShutdownHooks); the embedded server goes last.
  app.getHttpAdapter().getInstance().addHook('onClose', async () => {
    await database.stop();
  });
  await app.listen({ port: environment.PORT, host: environment.HOST });
  logger.log(`UN Mandate Tracker listening on ${await app.getUrl()} (admin at /, API at /api, docs at /api/docs)`);
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigurationError || !(error instanceof Error) ? String(error instanceof Error ? error.message : error) : (error.stack ?? error.message);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
