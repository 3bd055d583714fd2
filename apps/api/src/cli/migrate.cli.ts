#!/usr/bin/env node
import { loadEnvironment } from '../config/environment';
import { migrationsDir } from '../config/paths';
import { openDatabaseServer } from '../database/database-server';
import { migrate } from '../database/migrator';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded server). */
async function main(): Promise<void> {
  const environment = loadEnvironment(process.env);
  const server = await openDatabaseServer(environment, (line) => console.error(line));
  try {
    const report = await migrate(server.url, migrationsDir);
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
