import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Environment } from '../config/environment';
import { embeddedServerAnswers, embeddedUrl, ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'mandate_tracker';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise an embedded server whose data survives restarts under DATA_DIR. */
export async function openDatabaseServer(environment: Environment, log: (line: string) => void): Promise<DatabaseServer> {
  if (environment.DATABASE_URL) {
    return { url: environment.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const dataDir = path.join(environment.DATA_DIR, 'postgres');
  const port = environment.EMBEDDED_POSTGRES_PORT;
  if (existsSync(path.join(dataDir, 'postmaster.pid')) && (await embeddedServerAnswers(port))) {
    // Another process of ours (the running app, say) owns the server: use it and leave it running.
    log(`Using the embedded PostgreSQL already running on port ${port}`);
    return { url: embeddedUrl(port, EMBEDDED_DATABASE_NAME), embedded: true, stop: async () => undefined };
  }
  log(`Starting embedded PostgreSQL in ${dataDir} on port ${environment.EMBEDDED_POSTGRES_PORT}`);
  const server = await startEmbeddedPostgres({
    dataDir,
    port: environment.EMBEDDED_POSTGRES_PORT,
    persistent: true,
  });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
  return { url: server.urlFor(EMBEDDED_DATABASE_NAME), embedded: true, stop: () => server.stop() };
}
