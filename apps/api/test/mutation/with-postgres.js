#!/usr/bin/env node
/**
 * Runs a command with DATABASE_URL set to a PostgreSQL started once for it, then stops the server.
 *
 * StrykerJS runs jest again for every mutant, and jest's global setup would start an embedded PostgreSQL each
 * time; here the server is started and the template migrated once, and the global setup uses them as they are.
 * Needs `npm run build`.
 * Usage: node test/mutation/with-postgres.js <command> [args...]
 */
const { spawn } = require('node:child_process');
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { migrationsDir } = require('../../dist/config/paths');
const { grantApplicationRole } = require('../../dist/database/application-role');
const { startEmbeddedPostgresOnUnusedPort } = require('../../dist/database/embedded-postgres');
const { migrate } = require('../../dist/database/migrator');

/**
 * The migrated template every test file copies, made once here rather than by jest's global setup on every one of
 * Stryker's runs; the variables are those test/support/test-server.ts names, which the global setup then takes as given.
 */
async function prepareTemplate(adminUrl) {
  const template = 'mandate_tracker_template_mutation';
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${template}`);
  await client.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  await migrate(templateUrl.toString(), migrationsDir);
  const role = { user: 'mandate_tracker_app', password: randomBytes(24).toString('hex') };
  await grantApplicationRole(templateUrl.toString(), role);
  return {
    MANDATE_TRACKER_TEST_ADMIN_URL: adminUrl,
    MANDATE_TRACKER_TEST_TEMPLATE: template,
    MANDATE_TRACKER_TEST_APP_ROLE: JSON.stringify(role),
    DATABASE_APP_PASSWORD: role.password,
    MANDATE_TRACKER_TEST_PREPARED: '1',
  };
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-postgres.js <command> [args...]');
  const parent = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-mutation-'));
  chmodSync(parent, 0o755); // as root, PostgreSQL runs as a postgres user that must enter the folder
  const server = await startEmbeddedPostgresOnUnusedPort({ dataDir: path.join(parent, 'postgres') });
  try {
    const prepared = await prepareTemplate(server.adminUrl);
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: server.adminUrl, ...prepared } });
    return await new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  } finally {
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

main().then(
  (status) => process.exit(status),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
