import { Client } from 'pg';
import { ADMIN_URL_VARIABLE, PREPARED_VARIABLE, TEMPLATE_VARIABLE } from './test-server';

export default async function globalTeardown(): Promise<void> {
  // A template prepared for many jest runs (mutation testing) is dropped with its server by whoever prepared it.
  if (process.env[PREPARED_VARIABLE]) return;
  const adminUrl = process.env[ADMIN_URL_VARIABLE];
  const template = process.env[TEMPLATE_VARIABLE];
  if (adminUrl && template && !globalThis.embeddedTestServer) {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await client.end();
  }
  await globalThis.embeddedTestServer?.stop();
}
