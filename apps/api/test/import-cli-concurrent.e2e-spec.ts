/**
 * Two bulk imports at once (issue 12, item 6): two people, or a script run twice, import the same folder together.
 * Every resolution is stored once, and neither run reports a failure that is only the other run's work.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot, seedsDir } from '../src/config/paths';
import { useTestDatabase } from './support/test-database';
import { requireFreshBuild } from './support/fresh-build';

const cli = path.join(projectRoot, 'apps/api/dist/cli/import.cli.js');
const database = useTestDatabase();

jest.setTimeout(300_000); // two CLIs each starting Nest on a busy machine
beforeAll(() => requireFreshBuild('api'));

async function runImport(...paths: string[]): Promise<{ stdout: string; status: number | null }> {
  const child = spawn(process.execPath, [cli, ...paths], {
    env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const [status] = (await once(child, 'exit')) as [number | null];
  return { stdout, status };
}

async function count(sql: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ key: string; n: number }>(sql);
  await client.end();
  return Object.fromEntries(rows.map((row) => [row.key, row.n]));
}

it('store every file once and report no false failures', async () => {
  const runs = await Promise.all([runImport(seedsDir), runImport(seedsDir)]);
  for (const run of runs) {
    expect(run.stdout).toMatch(/\b0 failed\b/);
    expect(run.status).toBe(0);
  }
  // Each file is new to exactly one of the two runs; the other finds it stored (unchanged).
  const totals = runs.map((run) => /(\d+) imported, (\d+) updated, (\d+) unchanged/.exec(run.stdout)?.slice(1).map(Number));
  expect(totals.every((total) => total !== undefined && total[0]! + total[1]! + total[2]! === 5)).toBe(true);
  expect(totals.reduce((sum, total) => sum + total![0]!, 0)).toBe(5);

  const resolutions = await count('SELECT symbol AS key, count(*)::int AS n FROM resolution GROUP BY symbol');
  expect(resolutions).toEqual({ 'A/RES/57/159': 1, 'A/RES/58/127': 1, 'A/RES/58/53': 1, 'A/RES/62/99': 1, 'A/RES/78/70': 1 });
  const createdEvents = await count(
    "SELECT entity_id::text AS key, count(*)::int AS n FROM audit_event WHERE entity_type = 'Resolution' AND action = 'CREATE' GROUP BY entity_id",
  );
  expect(Object.values(createdEvents)).toEqual([1, 1, 1, 1, 1]);
});
