#!/usr/bin/env node
import { loadEnvironment } from '../config/environment';
import { openDatabaseServer } from '../database/database-server';
import { prepareDatabase } from '../database/prepare-database';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded server), then grants the API's role. */
async function main(): Promise<void> {
  const environment = loadEnvironment(process.env);
  const server = await openDatabaseServer(environment, (line) => console.error(line));
  try {
    const { migrations: report } = await prepareDatabase(server);
    for (const name of report.applied) console.log(`applied ${name}`);
    console.log(`${report.applied.length} applied, ${report.alreadyApplied.length} already applied`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
