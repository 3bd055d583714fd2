/**
 * No default password for the embedded PostgreSQL (issue 12, item 7): the first start generates the superuser's and
 * the application role's passwords and keeps them beside the data folder, readable by our process only.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config/paths';
import { unusedPort } from '../src/database/unused-port';

jest.setTimeout(300_000); // initdb and two starts of PostgreSQL on a busy machine

const cli = path.join(projectRoot, 'apps/api/dist/cli/migrate.cli.js');
let dataDir: string;
let port: number;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-credentials-'));
  // As root, PostgreSQL runs as a separate postgres user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  port = await unusedPort();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm run db:migrate` on the embedded server of DATA_DIR: it starts the server, migrates, grants, stops. */
function migrateEmbedded() {
  const environment: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(port), LOG_LEVEL: 'silent' };
  delete environment.DATABASE_URL;
  delete environment.DATABASE_APP_PASSWORD;
  return spawnSync(process.execPath, [cli], { env: environment, encoding: 'utf8', timeout: 240_000 });
}

const credentialsFile = () => path.join(dataDir, 'postgres-credentials.json');

it('generates both passwords at the first start, in a file only its owner can read', () => {
  const first = migrateEmbedded();
  expect(first.stdout).toMatch(/applied, 0 already applied/);
  expect(first.status).toBe(0);
  expect(statSync(credentialsFile()).mode & 0o777).toBe(0o600);
  const credentials = JSON.parse(readFileSync(credentialsFile(), 'utf8')) as Record<string, string>;
  expect(credentials).toEqual({
    superuserPassword: expect.stringMatching(/^[0-9a-f]{48}$/),
    applicationPassword: expect.stringMatching(/^[0-9a-f]{48}$/),
  });
  expect(credentials.superuserPassword).not.toBe(credentials.applicationPassword);

  const second = migrateEmbedded();
  expect(second.stdout).toMatch(/^0 applied, \d+ already applied/m);
  expect(second.status).toBe(0);
  expect(JSON.parse(readFileSync(credentialsFile(), 'utf8'))).toEqual(credentials);
});

it('no longer answers to the former fixed password: without its file the data folder is refused, not re-keyed', () => {
  rmSync(credentialsFile());
  // Taken for a data folder made before generated passwords, whose superuser's password was "postgres".
  const run = migrateEmbedded();
  expect(run.stderr).toMatch(/has a password that is not in .*postgres-credentials\.json .*restore that file from a backup of DATA_DIR/);
  expect(run.status).toBe(1);
  expect(existsSync(credentialsFile())).toBe(false);
});
