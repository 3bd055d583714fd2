import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrationsDir } from '../../src/config/paths';
import { startEmbeddedPostgresOnUnusedPort, type EmbeddedServer } from '../../src/database/embedded-postgres';
import { migrate } from '../../src/database/migrator';
import { ADMIN_URL_VARIABLE, TEMPLATE_VARIABLE, withDatabase } from './test-server';

declare global {
  var embeddedTestServer: EmbeddedServer | undefined;
}

/**
 * One PostgreSQL for the whole run (DATABASE_URL's server, or an embedded one in
 * a temporary folder) and one migrated template database that every test file
 * copies, so files run in parallel without seeing each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const parent = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-test-'));
    // As root, PostgreSQL runs as a separate postgres user, which must be able to enter the folder.
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'postgres');
    globalThis.embeddedTestServer = await startEmbeddedPostgresOnUnusedPort({ dataDir });
    adminUrl = globalThis.embeddedTestServer.adminUrl;
  }
  const template = `mandate_tracker_template_${process.pid}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${template}`);
  await client.query(`CREATE DATABASE ${template}`);
  await client.end();
  await migrate(withDatabase(adminUrl, template), migrationsDir);
  process.env[ADMIN_URL_VARIABLE] = adminUrl;
  process.env[TEMPLATE_VARIABLE] = template;
}
