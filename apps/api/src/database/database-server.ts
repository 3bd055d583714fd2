import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, type Environment } from '../config/environment';
import type { ApplicationRole } from './application-role';
import { readEmbeddedCredentials } from './embedded-credentials';
import { embeddedServerAnswers, ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { EMBEDDED_DATABASE_NAME, embeddedUrl } from './embedded-url';

export { EMBEDDED_DATABASE_NAME };

export interface DatabaseServer {
  /** The owner's connection: migrations and grants only (see prepareDatabase). */
  url: string;
  /** The least-privilege role everything else connects as. */
  applicationRole: ApplicationRole;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise an embedded server whose data survives restarts under DATA_DIR. */
export async function openDatabaseServer(environment: Environment, log: (line: string) => void): Promise<DatabaseServer> {
  if (environment.DATABASE_URL) {
    if (!environment.DATABASE_APP_PASSWORD) {
      throw new ConfigurationError(
        `DATABASE_URL is set, so DATABASE_APP_PASSWORD must be too: the password of the least-privilege role ${environment.DATABASE_APP_USER} the API connects as (created if missing; DATABASE_URL's user only migrates)`,
      );
    }
    const applicationRole = { user: environment.DATABASE_APP_USER, password: environment.DATABASE_APP_PASSWORD };
    return { url: environment.DATABASE_URL, applicationRole, embedded: false, stop: async () => undefined };
  }
  const dataDir = path.join(environment.DATA_DIR, 'postgres');
  const port = environment.EMBEDDED_POSTGRES_PORT;
  const credentials = readEmbeddedCredentials(dataDir);
  if (
    credentials &&
    existsSync(path.join(dataDir, 'postmaster.pid')) &&
    (await embeddedServerAnswers(port, credentials.superuserPassword, dataDir))
  ) {
    // Another process of ours (the running app, say) owns the server: use it and leave it running.
    log(`Using the embedded PostgreSQL already running on port ${port}`);
    return {
      url: embeddedUrl(port, EMBEDDED_DATABASE_NAME, credentials.superuserPassword),
      applicationRole: { user: environment.DATABASE_APP_USER, password: credentials.applicationPassword },
      embedded: true,
      stop: async () => undefined,
    };
  }
  log(`Starting embedded PostgreSQL in ${dataDir} on port ${environment.EMBEDDED_POSTGRES_PORT}`);
  const server = await startEmbeddedPostgres({
    dataDir,
    port: environment.EMBEDDED_POSTGRES_PORT,
    persistent: true,
  });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
  return {
    url: server.urlFor(EMBEDDED_DATABASE_NAME),
    applicationRole: { user: environment.DATABASE_APP_USER, password: server.credentials.applicationPassword },
    embedded: true,
    stop: () => server.stop(),
  };
}
