import { migrationsDir } from '../config/paths';
import { grantApplicationRole } from './application-role';
import type { DatabaseServer } from './database-server';
import { migrate, type MigrationReport } from './migrator';

export interface PreparedDatabase {
  migrations: MigrationReport;
  /** Where the API connects: the same database as the least-privilege role. */
  applicationUrl: string;
}

/** As the owner: apply pending migrations, then (re)grant the application role what the API needs and no more. */
export async function prepareDatabase(server: DatabaseServer, directory = migrationsDir): Promise<PreparedDatabase> {
  const migrations = await migrate(server.url, directory);
  const applicationUrl = await grantApplicationRole(server.url, server.applicationRole);
  return { migrations, applicationUrl };
}
