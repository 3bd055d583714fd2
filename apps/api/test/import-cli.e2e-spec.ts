import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot, seedsDir } from '../src/config/paths';
import { fixturesDir } from './support/seeds';
import { useTestDatabase } from './support/test-database';
import { requireFreshBuild } from './support/fresh-build';

const cli = path.join(projectRoot, 'apps/api/dist/cli/import.cli.js');
const database = useTestDatabase();

jest.setTimeout(300_000); // each run starts Nest (and checks the API role's grants), which takes seconds on a busy machine
// The CLI as built: refuse, naming the stale build, rather than test older code.
beforeAll(() => requireFreshBuild('api'));

function runImport(...paths: string[]) {
  return spawnSync(process.execPath, [cli, ...paths], {
    env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function symbols(): Promise<string[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ symbol: string }>('SELECT symbol FROM resolution ORDER BY symbol');
  await client.end();
  return rows.map((row) => row.symbol);
}

it('imports a folder, reports each failure with its reason and exits 1 when any file failed', async () => {
  const run = runImport(seedsDir, path.join(fixturesDir, 'not-ok', 'not-a-resolution.txt'));
  expect(run.stdout).toContain('5 imported, 0 updated, 0 unchanged, 1 failed');
  expect(run.stdout).toMatch(/not-a-resolution\.txt\n\s+This text does not read as a resolution/);
  expect(run.status).toBe(1);
  expect(await symbols()).toEqual(['A/RES/57/159', 'A/RES/58/127', 'A/RES/58/53', 'A/RES/62/99', 'A/RES/78/70']);
});

it('reports unchanged files on a second run and exits 0', () => {
  const run = runImport(seedsDir);
  expect(run.stdout).toContain('0 imported, 0 updated, 5 unchanged, 0 failed');
  expect(run.status).toBe(0);
});

it('explains its usage when given nothing to import', () => {
  const run = runImport();
  expect(run.stderr).toContain('usage: npm run import');
  expect(run.status).toBe(2);
});
