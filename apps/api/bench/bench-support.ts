import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { migrationsDir } from '../src/config/paths';
import { ensureDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrator';

export interface BenchDatabase {
  url: string;
  /** The server's data folder: its postmaster.pid names the process whose CPU time the floor is measured in. */
  dataDir: string;
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
  const dataDir = path.join(parent, 'postgres');
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: false });
  try {
    await ensureDatabase(server.adminUrl, 'mandate_tracker_bench');
    const url = server.urlFor('mandate_tracker_bench');
    await migrate(url, migrationsDir);
    return {
      url,
      dataDir,
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

const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number, withChildren: boolean): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are 14 and 15, cutime and cstime 16 and 17.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return withChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
  } catch {
    return 0; // a backend that ended between the listing and the read: its time is in the postmaster's children
  }
}

/**
 * CPU milliseconds PostgreSQL has used so far (Linux only): the postmaster's own and its ended children's (backends
 * it reaped, such as a COPY's connection), plus every live backend's. On a shared machine CPU time, unlike wall
 * time, does not count waiting for a core, so it compares runs made under different loads.
 */
export function postgresCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let ticks = cpuTicks(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) ticks += cpuTicks(Number(entry), false);
    } catch {
      // gone already
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** CPU milliseconds this process has used so far (user and system, all threads). */
export function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
