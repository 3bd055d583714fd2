import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Client } from 'pg';
import { migrationsDir } from '../../src/config/paths';
import { grantApplicationRole } from '../../src/database/application-role';
import { readEmbeddedCredentials } from '../../src/database/embedded-credentials';
import { EMBEDDED_DATABASE_NAME, embeddedUrl, MAINTENANCE_DATABASE } from '../../src/database/embedded-url';
import { migrate } from '../../src/database/migrator';
import { unusedPort } from '../../src/database/unused-port';

/**
 * A PostgreSQL of a test's own, for fault tests that stop, restart or freeze
 * it under a running app (the shared server must stay up for the other files).
 */
export class OwnDatabaseServer {
  private constructor(
    private readonly dataDir: string,
    readonly port: number,
    private readonly owner: ChildProcess,
  ) {}

  private async send(command: 'start' | 'stop'): Promise<void> {
    this.owner.send(command);
    const [reply] = (await once(this.owner, 'message')) as [{ command: string; ok: boolean; error?: string }];
    if (!reply.ok) throw new Error(`${command}: ${reply.error}`);
  }

  static async start(): Promise<OwnDatabaseServer> {
    const parent = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-fault-'));
    // As root, PostgreSQL runs as a separate postgres user, which must be able to enter the folder.
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'postgres');
    const port = await unusedPort();
    const owner = fork(path.join(__dirname, 'database-server-process.ts'), [dataDir, String(port)], {
      execArgv: ['-r', path.join(__dirname, 'register-typescript.cjs')],
      stdio: 'ignore',
      serialization: 'json',
    });
    await once(owner, 'message');
    const own = new OwnDatabaseServer(dataDir, port, owner);
    await own.restart();
    const admin = new Client({ connectionString: own.urlOf(MAINTENANCE_DATABASE) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE_NAME}`);
    await admin.end();
    await migrate(own.url, migrationsDir);
    // The app connects as the least-privilege role, as it does in production.
    own.appUrl = await grantApplicationRole(own.url, { user: 'mandate_tracker_app', password: own.credentials().applicationPassword });
    return own;
  }

  /** Where the app connects: set once the role is granted. */
  appUrl = '';

  private credentials() {
    const credentials = readEmbeddedCredentials(this.dataDir);
    if (!credentials) throw new Error(`the fault test's embedded server in ${this.dataDir} has no credentials file`);
    return credentials;
  }

  /** The owner's address: migrations, grants, and what the test does behind the app's back. */
  get url(): string {
    return this.urlOf(EMBEDDED_DATABASE_NAME);
  }

  private urlOf(database: string): string {
    return embeddedUrl(this.port, database, this.credentials().superuserPassword);
  }

  restart(): Promise<void> {
    return this.send('start');
  }

  stop(): Promise<void> {
    return this.send('stop');
  }

  /** Every process of the server (postmaster and backends), for SIGSTOP and SIGCONT. */
  private processes(): number[] {
    const postmaster = Number(readFileSync(path.join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after the last ')'.
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [postmaster, ...children];
  }

  /** The server stops answering without closing anything: as a hung host or a full disk looks from outside. */
  freeze(): void {
    for (const pid of this.processes()) process.kill(pid, 'SIGSTOP');
  }

  thaw(): void {
    for (const pid of this.processes()) process.kill(pid, 'SIGCONT');
  }

  async remove(): Promise<void> {
    await this.stop();
    this.owner.kill();
    rmSync(path.dirname(this.dataDir), { recursive: true, force: true });
  }
}
