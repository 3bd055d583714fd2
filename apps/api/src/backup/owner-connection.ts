import type { Environment } from '../config/environment';
import { openDatabaseServer } from '../database/database-server';

export interface OwnerConnection {
  /** The tables' owner: DATABASE_URL's user, or the embedded server's superuser. */
  url: string;
  /** Stops the embedded server when this process started it. */
  close(): Promise<void>;
}

/**
 * Backups and restores work as the owner alone. With DATABASE_URL that is all they need (the application role's
 * password is the API's business); otherwise the embedded server of DATA_DIR, started if it is not running.
 */
export async function openOwnerConnection(environment: Environment, log: (line: string) => void): Promise<OwnerConnection> {
  if (environment.DATABASE_URL) return { url: environment.DATABASE_URL, close: async () => undefined };
  const server = await openDatabaseServer(environment, log);
  return { url: server.url, close: () => server.stop() };
}
