#!/usr/bin/env node
/**
 * Runs a command with DATABASE_URL set to a PostgreSQL started once for it, then stops the server.
 *
 * StrykerJS runs jest again for every mutant, and jest's global setup would start an embedded PostgreSQL each
 * time; with DATABASE_URL set it only copies a migrated template on the running server. Needs `npm run build`.
 * Usage: node test/mutation/with-postgres.js <command> [args...]
 */
const { spawn } = require('node:child_process');
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { startEmbeddedPostgresOnUnusedPort } = require('../../dist/database/embedded-postgres');

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-postgres.js <command> [args...]');
  const parent = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-mutation-'));
  chmodSync(parent, 0o755); // as root, PostgreSQL runs as a postgres user that must enter the folder
  const server = await startEmbeddedPostgresOnUnusedPort({ dataDir: path.join(parent, 'postgres') });
  try {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: server.adminUrl } });
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
