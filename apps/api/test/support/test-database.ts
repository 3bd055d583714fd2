import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { useFixture } from './fixture';
import { applicationUrl, type ApplicationRole } from '../../src/database/application-role';
import { ADMIN_URL_VARIABLE, APP_ROLE_VARIABLE, TEMPLATE_VARIABLE, withDatabase } from './test-server';

export interface TestDatabase {
  /** As the owner (a superuser): migrations, and what a test does behind the API's back. */
  url: string;
  /** As the least-privilege role the API connects as (granted on the template, so on every copy). */
  appUrl: string;
  name: string;
  drop(): Promise<void>;
}

function required(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is unset: run the tests through jest, whose global setup starts PostgreSQL`);
  return value;
}

async function run(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of this test file's own, copied from the template. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = required(ADMIN_URL_VARIABLE);
  const template = required(TEMPLATE_VARIABLE);
  const name = `mandate_tracker_test_${randomBytes(6).toString('hex')}`;
  await run(adminUrl, options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(adminUrl, name);
  const role = JSON.parse(required(APP_ROLE_VARIABLE)) as ApplicationRole;
  return {
    url,
    appUrl: applicationUrl(url, role),
    name,
    drop: () => run(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A database of the file's own, created before and dropped after every test (`each: true`) or once for the file. */
export function useTestDatabase(options: { empty?: boolean; each?: boolean } = {}): TestDatabase {
  return useFixture(
    'The test database',
    () => createTestDatabase({ empty: options.empty }),
    (database) => database.drop(),
    options,
  );
}
