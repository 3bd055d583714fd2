import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import pino from 'pino';
import { createApp } from './app.factory';
import { ConfigurationError, loadEnvironment } from './config/environment';
import { openDatabaseServer, type DatabaseServer } from './database/database-server';
import { DatabaseStartError } from './database/embedded-start-failure';
import { prepareDatabase } from './database/prepare-database';
import { importSeedsIntoEmptyDatabase } from './imports/seed-import';
import { drainRequests } from './drain';
import { closeOnSignal } from './shutdown';
import { UsersService } from './users/users.service';
import { listeningAddress } from './listening-address';

/** config → database (embedded unless DATABASE_URL) → migrations → app → listen. */
async function bootstrap(): Promise<void> {
  const environment = loadEnvironment(process.env);
  const startupLog = pino({ level: environment.LOG_LEVEL });
  let database: DatabaseServer | undefined;
  try {
    database = await openDatabaseServer(environment, (line) => startupLog.info(line));
    const { migrations: report, applicationUrl } = await prepareDatabase(database);
    startupLog.info({ applied: report.applied, alreadyApplied: report.alreadyApplied.length }, 'migrations checked');

    // Migrations ran as the owner; the API itself connects as the least-privilege role.
    const app = await createApp(environment, applicationUrl);
    const logger = app.get(Logger);
    const firstAdministrator = await app.get(UsersService).createFirstAdministrator(environment.ADMIN_EMAIL, environment.ADMIN_PASSWORD);
    if (firstAdministrator?.generatedPassword) {
      // Printed once, never stored: the administrator must choose their own password at first sign-in.
      logger.warn(
        `No users yet: created the administrator ${firstAdministrator.user.email} with the one-time password ${firstAdministrator.generatedPassword} (set ADMIN_EMAIL/ADMIN_PASSWORD to choose them)`,
      );
    } else if (firstAdministrator) {
      logger.log(`No users yet: created the administrator ${firstAdministrator.user.email} from ADMIN_EMAIL/ADMIN_PASSWORD`);
    }
    const seeded = await importSeedsIntoEmptyDatabase(app);
    if (seeded)
      logger.log(`Empty database: imported the seed resolutions (${seeded.map((s) => `${s.symbol ?? s.file} ${s.outcome}`).join(', ')})`);
    const openDatabase = database;
    closeOnSignal(async (signal) => {
      logger.log(`${signal} received: answering the requests in flight (at most ${environment.SHUTDOWN_DRAIN_MS} ms), then closing`);
      const drained = await drainRequests(app, environment.SHUTDOWN_DRAIN_MS);
      if (drained === 'deadline') logger.warn('Requests still running at the deadline were cut off');
      await app.close();
      await openDatabase.stop();
    });
    await app.listen({ port: environment.PORT, host: environment.HOST });
    logger.log(`UN Mandate Tracker listening on ${listeningAddress(app, environment)} (admin at /, API at /api, docs at /api/docs)`);
  } catch (error) {
    // An embedded server left running would hold the data folder and port for the next start.
    await database?.stop().catch(() => undefined);
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  // A problem of the setting, said in a sentence that names its fix: the stack would only hide it.
  const sentence = error instanceof ConfigurationError || error instanceof DatabaseStartError;
  const message = sentence ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
