/** Where the shared test PostgreSQL and the migrated template live; set by global-setup for every worker. */
export const ADMIN_URL_VARIABLE = 'MANDATE_TRACKER_TEST_ADMIN_URL';
export const TEMPLATE_VARIABLE = 'MANDATE_TRACKER_TEST_TEMPLATE';
/** The least-privilege role's name and password, as JSON; set by global-setup. */
export const APP_ROLE_VARIABLE = 'MANDATE_TRACKER_TEST_APP_ROLE';
/** Set when the three above were prepared before jest started (test/mutation/with-postgres.js): global setup and teardown leave them be. */
export const PREPARED_VARIABLE = 'MANDATE_TRACKER_TEST_PREPARED';

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
