import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir, seedText } from './support/seeds';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { unusedPort } from '../src/database/unused-port';

const API = path.join(__dirname, '..');

interface RunningServer {
  process: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  /** Headers of the administrator created at first start, signed in: the session cookie and our own origin. */
  signedIn: Record<string, string>;
}

const ADMINISTRATOR = { email: 'admin@shutdown.test', password: 'shutdown-test-password' };

async function signIn(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMINISTRATOR),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', origin: url };
}

/** The real entry point (src/main.ts) in a process of its own, so it can be sent SIGTERM. */
async function startServer(database: TestDatabase, environment: Record<string, string>): Promise<RunningServer> {
  const port = await unusedPort();
  const child = spawn(
    process.execPath,
    ['-r', path.join(__dirname, 'support', 'register-typescript.cjs'), path.join(API, 'src', 'main.ts')],
    {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        ADMIN_DIST: '/nonexistent',
        ADMIN_EMAIL: ADMINISTRATOR.email,
        ADMIN_PASSWORD: ADMINISTRATOR.password,
        SIGN_IN_RATE_LIMIT: '1000',
        ...environment,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited at start: ${stderr}`);
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { process: child, url, exited, signedIn: await signIn(url) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start: ${stderr}`);
}

interface Outcome {
  sentAt: number;
  answeredAt: number;
  status?: number;
  error?: string;
}

async function send(url: string, init?: RequestInit): Promise<Outcome> {
  const sentAt = performance.now();
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    return { sentAt, answeredAt: performance.now(), status: response.status };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { sentAt, answeredAt: performance.now(), error: cause?.code ?? String(error) };
  }
}

describe('SIGTERM', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('stops taking requests, answers those in flight, then exits 0: no 500 and no reset under load', async () => {
    const server = await startServer(database, { SHUTDOWN_DRAIN_MS: '10000' });
    const preview = {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...server.signedIn },
      body: JSON.stringify({ text: seedText('A_RES_62_99.pdf.txt') }),
    };
    const outcomes: Outcome[] = [];
    let signalledAt = Infinity;
    let stop = false;
    // 12 clients, each sending one request after another until the server stops answering.
    const clients = Array.from({ length: 12 }, async (_unused, client) => {
      while (!stop) {
        const outcome =
          client % 2 === 0
            ? await send(`${server.url}/api/imports`, preview)
            : await send(`${server.url}/api/obligations?range=[0,499]`, { headers: server.signedIn });
        outcomes.push(outcome);
        if (outcome.error === 'ECONNREFUSED') break;
      }
    });
    // Under way: every client has had answers, and is waiting for its next one.
    while (outcomes.length < 36) await new Promise((resolve) => setTimeout(resolve, 100));
    signalledAt = performance.now();
    server.process.kill('SIGTERM');
    const code = await server.exited;
    stop = true;
    await Promise.all(clients);

    expect(code).toBe(0);
    const inFlight = outcomes.filter((o) => o.sentAt < signalledAt);
    expect(inFlight.length).toBeGreaterThanOrEqual(36);
    // Every request sent before the signal was answered, and answered well.
    expect(inFlight.filter((o) => o.status !== 200 && o.status !== 201)).toEqual([]);
    // Some of them were still running when the signal came: the server drained, it did not just stop.
    expect(inFlight.some((o) => o.answeredAt > signalledAt)).toBe(true);
    // Sent afterwards: answered, or refused a connection; never a 500.
    for (const late of outcomes.filter((o) => o.sentAt >= signalledAt)) {
      expect(late.status === undefined || late.status < 500).toBe(true);
    }
  }, 120_000);

  it('is not held off by a hostile file being read: the process exits within the drain deadline', async () => {
    const server = await startServer(database, {
      SHUTDOWN_DRAIN_MS: '2000',
      IMPORT_MAX_PDF_PAGES: '1000000',
      IMPORT_READ_TIMEOUT_MS: '120000',
    });
    const form = new FormData();
    form.append('file', new Blob([readFileSync(path.join(fixturesDir, 'hostile', 'pages16000.pdf'))]), 'pages16000.pdf');
    const upload = send(`${server.url}/api/imports`, { method: 'POST', body: form, headers: server.signedIn });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const signalledAt = performance.now();
    server.process.kill('SIGTERM');
    const code = await server.exited;
    expect(performance.now() - signalledAt).toBeLessThan(8000);
    expect(code).toBe(0);
    await upload;
  }, 120_000);
});
