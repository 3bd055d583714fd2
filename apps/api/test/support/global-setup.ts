import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrationsDir } from '../../src/config/paths';
import { startEmbeddedPostgresOnUnusedPort, type EmbeddedServer } from '../../src/database/embedded-postgres';
import { randomBytes } from 'node:crypto';
import { grantApplicationRole } from '../../src/database/application-role';
import { migrate } from '../../src/database/migrator';
import { ADMIN_URL_VARIABLE, APP_ROLE_VARIABLE, PREPARED_VARIABLE, TEMPLATE_VARIABLE, withDatabase } from './test-server';

declare global {
  var embeddedTestServer: EmbeddedServer | undefined;
}

/**
 * One PostgreSQL for the whole run (DATABASE_URL's server, or an embedded one in
 * a temporary folder) and one migrated template database that every test file
 * copies, so files run in parallel without seeing each other's rows. The
 * template is granted to the least-privilege role as the API's start-up does,
 * and the copies keep the grants: every test app connects as that role.
 */
export default async function globalSetup(): Promise<void> {
  // Mutation runs (test/mutation/with-postgres.js) start the server and migrate the template once for all their jest runs.
  if (process.env[PREPARED_VARIABLE]) return;
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
  // Command-line tests run the CLIs against DATABASE_URL: they find the role with this password and leave it be.
  process.env.DATABASE_APP_PASSWORD ??= randomBytes(24).toString('hex');
  const role = { user: process.env.DATABASE_APP_USER ?? 'mandate_tracker_app', password: process.env.DATABASE_APP_PASSWORD };
  await grantApplicationRole(withDatabase(adminUrl, template), role);
  process.env[ADMIN_URL_VARIABLE] = adminUrl;
  process.env[APP_ROLE_VARIABLE] = JSON.stringify(role);
  process.env[TEMPLATE_VARIABLE] = template;
}
