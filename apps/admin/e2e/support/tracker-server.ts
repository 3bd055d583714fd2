import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@mandate-tracker/contracts';
import type { Browser, Page } from 'playwright-core';
import { requireFreshBuild } from '../../../api/test/support/fresh-build';

const repositoryRoot = path.resolve(__dirname, '../../../..');
/** The resolutions a new installation imports on its first start. */
export const seedsDir = path.join(repositoryRoot, 'seeds');
/** Texts the API's tests import too, shared so the two tiers test the same input. */
export const apiFixturesDir = path.join(repositoryRoot, 'apps/api/test/fixtures');

/** The administrator every install starts with (first start with ADMIN_EMAIL/ADMIN_PASSWORD). */
export const ADMINISTRATOR = { email: 'admin@e2e.test', password: 'e2e administrator passphrase' };

export interface Account {
  email: string;
  password: string;
}

export interface TrackerServer {
  url: string;
  stop(): Promise<number | null>;
  /**
   * A page in a browser context of its own, signed in (the administrator unless another account is given) through
   * the API, as the sign-in form does; closing the page ends the context.
   */
  signedInPage(browser: Browser, account?: Account): Promise<Page>;
  /** fetch() against the API as the administrator (a signed-in session; Origin set as a browser would). */
  fetchAsAdministrator(path: string, init?: RequestInit): Promise<Response>;
  /** Creates a user of the role through the API, as an administrator, and returns how to sign in as them. */
  createAccount(role: Role, displayName: string, extra?: { offices?: string[]; email?: string }): Promise<Account>;
}

export interface TrackerInstall {
  dataDir: string;
}

/** A data folder of its own, so the run never touches a developer's database; each start takes ports of its own. */
export async function newInstall(): Promise<TrackerInstall> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-e2e-'));
  chmodSync(dataDir, 0o755); // the embedded server runs as a postgres user when we are root
  return { dataDir };
}

/**
 * A port nobody listens on now: for the embedded PostgreSQL, which must be told its port (it cannot take 0), and for
 * a tracker whose address must be known before it starts (an identity provider registers its redirect address).
 */
export function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port was assigned'))));
    });
  });
}

const START_ATTEMPTS = 3;

/**
 * Starts the application exactly as `npm start` does (built API, embedded PostgreSQL, built admin) and resolves once
 * it answers /api/ready. The API listens on port 0 and the test reads the port it got from its "listening on" log
 * line: no port is found free and then used. PostgreSQL must be given its port, so a start whose database port was
 * taken in between is tried again on another; any other failure is reported with the tracker's own output.
 */
export async function startTracker(install: TrackerInstall, extraEnvironment: NodeJS.ProcessEnv = {}): Promise<TrackerServer> {
  requireFreshBuild('tracker');
  for (let attempt = 1; ; attempt += 1) {
    const started = await startOnce(install, await unusedPort(), extraEnvironment);
    if ('url' in started) return started;
    if (!started.databasePortTaken || attempt === START_ATTEMPTS) throw new Error(started.failure);
  }
}

type StartFailure = { failure: string; databasePortTaken: boolean };

async function startOnce(
  install: TrackerInstall,
  databasePort: number,
  extraEnvironment: NodeJS.ProcessEnv,
): Promise<TrackerServer | StartFailure> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: install.dataDir,
    EMBEDDED_POSTGRES_PORT: String(databasePort),
    // info, for the "listening on" line; only warnings and errors are passed on to the test's output.
    LOG_LEVEL: 'info',
    ADMIN_EMAIL: ADMINISTRATOR.email,
    ADMIN_PASSWORD: ADMINISTRATOR.password,
    // Each test of a file signs in afresh from one address; the sign-in limit itself is checked by the API's tests.
    SIGN_IN_RATE_LIMIT: '1000',
    ...extraEnvironment,
  };
  delete environment.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(repositoryRoot, 'apps/api/dist/main.js')], {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = new TrackerOutput(child);
  try {
    const url = await output.listeningUrl();
    await waitUntilReady(child, url);
    return {
      url,
      stop: () => stopGracefully(child),
      signedInPage: (browser, account = ADMINISTRATOR) => signedInPage(browser, url, account),
      createAccount: (role, displayName, extra = {}) => createAccount(url, role, displayName, extra),
      fetchAsAdministrator: (path, init) => fetchAsAdministrator(url, path, init),
    };
  } catch (error) {
    child.kill('SIGKILL');
    const reason = error instanceof Error ? error.message : String(error);
    return {
      failure: `${reason}\n--- the tracker's last output ---\n${output.tail()}`,
      databasePortTaken: /Address already in use/i.test(output.tail()),
    };
  }
}

/** Pino's JSON lines from the tracker: keeps the last ones for error messages, passes warnings and errors on. */
class TrackerOutput {
  private readonly lines: string[] = [];
  private readonly listening: Promise<string>;

  constructor(child: ChildProcess) {
    this.listening = new Promise((resolve, reject) => {
      const read = (stream: NodeJS.ReadableStream, forward: NodeJS.WritableStream) =>
        createInterface({ input: stream }).on('line', (line) => {
          this.lines.push(line);
          if (this.lines.length > 60) this.lines.shift();
          const address = /listening on (http:\/\/[\d.]+:\d+)/.exec(line);
          if (address?.[1]) resolve(address[1]);
          const level = Number(/"level":(\d+)/.exec(line)?.[1] ?? 50);
          if (level >= 40) forward.write(`${line}\n`);
        });
      read(child.stdout!, process.stdout);
      read(child.stderr!, process.stderr);
      child.once('exit', (code) => reject(new Error(`the tracker exited with status ${code} before it listened`)));
      setTimeout(() => reject(new Error('the tracker did not listen within 120 s')), 120_000).unref();
    });
  }

  listeningUrl(): Promise<string> {
    return this.listening;
  }

  tail(): string {
    return this.lines.join('\n');
  }
}

const administratorCookies = new Map<string, Promise<string>>();

async function fetchAsAdministrator(url: string, path: string, init: RequestInit = {}): Promise<Response> {
  if (!administratorCookies.has(url)) {
    administratorCookies.set(
      url,
      fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(ADMINISTRATOR),
      }).then((response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''),
    );
  }
  const headers = new Headers(init.headers);
  headers.set('Cookie', await administratorCookies.get(url)!);
  headers.set('Origin', url);
  return fetch(`${url}${path}`, { ...init, headers });
}

async function signedInPage(browser: Browser, url: string, account: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL: url });
  const response = await context.request.post(`${url}/api/auth/sign-in`, { data: account });
  if (!response.ok()) throw new Error(`sign-in as ${account.email} failed: ${response.status()} ${await response.text()}`);
  const page = await context.newPage();
  page.once('close', () => void context.close());
  return page;
}

async function createAccount(
  url: string,
  role: Role,
  displayName: string,
  extra: { offices?: string[]; email?: string },
): Promise<Account> {
  const account = {
    email: extra.email ?? `${displayName.toLowerCase().replace(/\W+/g, '.')}@e2e.test`,
    password: 'a passphrase for e2e tests',
  };
  const oneTime = `${account.password} (one-time)`;
  const created = await fetchAsAdministrator(url, '/api/users', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...account, password: oneTime, displayName, role, offices: extra.offices }),
  });
  if (!created.ok) throw new Error(`creating ${account.email} failed: ${created.status} ${await created.text()}`);
  // A password an administrator gives is one-time: the API holds the account back until its owner replaces it.
  await replaceOneTimePassword(url, account.email, oneTime, account.password);
  return account;
}

/** What a new user does at first sign-in: signs in with the one-time password and chooses their own. */
export async function replaceOneTimePassword(url: string, email: string, oneTime: string, password: string): Promise<void> {
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: oneTime }),
  });
  if (!signIn.ok) throw new Error(`first sign-in as ${email} failed: ${signIn.status} ${await signIn.text()}`);
  const changed = await fetch(`${url}/api/auth/password`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: url,
      Cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    },
    body: JSON.stringify({ currentPassword: oneTime, newPassword: password }),
  });
  if (!changed.ok) throw new Error(`replacing ${email}'s one-time password failed: ${changed.status} ${await changed.text()}`);
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
