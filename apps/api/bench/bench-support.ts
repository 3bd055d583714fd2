import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { migrationsDir } from '../src/config/paths';
import { ensureDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrator';

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A throw-away embedded PostgreSQL in a temporary folder with one migrated
 * database, as the application would use it (same server settings as npm start).
 */
export async function startBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const parent = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-bench-'));
  // As root, PostgreSQL runs as a separate postgres user, which must be able to enter the folder.
  chmodSync(parent, 0o755);
  const port = await freePort();
  log(`starting embedded PostgreSQL in ${parent} on port ${port}`);
  const server = await startEmbeddedPostgres({ dataDir: path.join(parent, 'postgres'), port, persistent: false });
  try {
    await ensureDatabase(server.adminUrl, 'mandate_tracker_bench');
    const url = server.urlFor('mandate_tracker_bench');
    await migrate(url, migrationsDir);
    return {
      url,
      stop: async () => {
        await server.stop();
        rmSync(parent, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Reads `--name text` from the command line, if given. */
export function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** Reads `--name number` from the command line, with a default. */
export function option(name: string, fallback: number): number {
  const value = Number(textOption(name) ?? NaN);
  return Number.isFinite(value) ? value : fallback;
}

export function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()[0]?.toFixed(1)}, Node ${process.version}`;
}
