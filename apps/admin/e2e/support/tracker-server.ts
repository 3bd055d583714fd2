import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repositoryRoot = path.resolve(__dirname, '../../../..');
/** The resolutions a new installation imports on its first start. */
export const seedsDir = path.join(repositoryRoot, 'seeds');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface TrackerServer {
  url: string;
  stop(): Promise<number | null>;
}

export interface TrackerInstall {
  dataDir: string;
  port: number;
  databasePort: number;
}

/** A data folder and ports of its own, so the run never touches a developer's database. */
export async function newInstall(): Promise<TrackerInstall> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-e2e-'));
  chmodSync(dataDir, 0o755); // the embedded server runs as a postgres user when we are root
  return { dataDir, port: await freePort(), databasePort: await freePort() };
}

/**
 * Starts the application exactly as `npm start` does (built API, embedded
 * PostgreSQL, built admin) and resolves once it answers /api/ready.
 */
export async function startTracker(install: TrackerInstall): Promise<TrackerServer> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(install.port),
    HOST: '127.0.0.1',
    DATA_DIR: install.dataDir,
    EMBEDDED_POSTGRES_PORT: String(install.databasePort),
    LOG_LEVEL: 'warn',
  };
  delete environment.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(repositoryRoot, 'apps/api/dist/main.js')], {
    env: environment,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${install.port}`;
  await waitUntilReady(child, url);
  return { url, stop: () => stopGracefully(child) };
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the tracker exited with status ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/api/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the tracker was not ready within 120 s');
}

function stopGracefully(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}
