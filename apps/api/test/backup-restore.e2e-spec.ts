/**
 * `npm run db:backup` and `npm run db:restore` (issue 12, item 9), run as built against real databases: a
 * database filled through the API is backed up, restored into a fresh database and over itself (--replace), and
 * compared with what was backed up table by table, row by row; the audit chain verifies afterwards. Damaged files,
 * a backup of another migration level and a database already in use are refused with nothing changed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import request from 'supertest';
import { SEEDED_BY_MIGRATIONS } from '../src/backup/restore';
import { migrationsDir, projectRoot } from '../src/config/paths';
import { migrate } from '../src/database/migrator';
import { unusedPort } from '../src/database/unused-port';
import { requireFreshBuild } from './support/fresh-build';
import { seedFiles, seedText } from './support/seeds';
import { useTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

jest.setTimeout(600_000); // every command starts node and connects; the embedded one also runs initdb

beforeAll(() => requireFreshBuild('api'));

const t = useTestApp();
const cli = (name: string) => path.join(projectRoot, 'apps/api/dist/cli', `${name}.cli.js`);
let work: string;
let backup: string;
/** Every table's rows as they were when the backup was made. */
let original: Map<string, string[]>;
const databases: TestDatabase[] = [];

/** A command as an administrator runs it against DATABASE_URL (the owner's connection, as the migrator uses). */
function run(command: string, args: string[], databaseUrl: string) {
  return spawnSync(process.execPath, [cli(command), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 300_000,
  });
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Every table of the schema (generated columns included), each row as JSON, in a stable order. */
function tablesOf(url: string): Promise<Map<string, string[]>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const contents = new Map<string, string[]>();
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(x)::text AS row FROM "${name}" x ORDER BY 1`);
      contents.set(
        name,
        rows.map((row) => row.row),
      );
    }
    return contents;
  });
}

const filled = (tables: Map<string, string[]>) => [...tables].filter(([, rows]) => rows.length > 0).map(([name]) => name);

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  databases.push(database);
  return database;
}

function expectIntactChain(databaseUrl: string): void {
  const verified = run('audit-verify', [], databaseUrl);
  expect(verified.stdout).toMatch(/^Intact: \d+ events check out\./);
  expect(verified.status).toBe(0);
}

/** Some of everything, through the API wherever the API makes it. */
async function fill(): Promise<void> {
  for (const file of seedFiles()) {
    await request(t.server)
      .post('/api/imports/commit')
      .send({ text: seedText(file) })
      .expect(201);
  }
  const obligations = await t.prisma.obligation.findMany({ orderBy: { id: 'asc' }, take: 3 });
  const [first, second, third] = obligations;
  const ana = await t.actingAs('Ana Ñandú 李');
  await ana
    .patch(`/api/obligations/${first!.id}`)
    .send({ status: 'IN_PROGRESS', focalPoint: 'Bureau — Genève', version: first!.version })
    .expect(200);
  await ana.patch(`/api/obligations/${second!.id}`).send({ reviewState: 'CONFIRMED', version: second!.version }).expect(200);
  await ana.post(`/api/obligations/${first!.id}/documents`).send({ symbol: 'A/79/777' }).expect(201);
  await ana.post(`/api/obligations/${third!.id}/documents`).send({ symbol: 'A/79/778', relation: 'RELATED' }).expect(201);
  // COPY's text format escapes tabs, newlines and backslashes: they must come back as they were.
  await ana
    .post(`/api/obligations/${first!.id}/notes`)
    .send({ text: 'Tab\there, a line\nbelow, a back\\slash, "quotes", \\N and ünïcödé ✓' })
    .expect(201);
  await request(t.server).post('/api/offices').send({ name: 'Office of Legal Affairs', abbreviation: 'OLA' }).expect(201);
  await request(t.server).post('/api/calendar-feeds').send({ name: 'OLA reports', scope: 'OFFICE', responsibleOffice: 'OLA' }).expect(201);
  const user = await t.userWithRole('SECRETARIAT_EDITOR', { offices: ['OLA'], password: 'correct horse battery' });
  await request(t.anonymous).post('/api/auth/sign-in').send({ email: user.email, password: 'correct horse battery' }).expect(200);
  // A single sign-on under way: only an identity provider's round trip makes one through the API.
  await t.owner.$executeRaw`INSERT INTO sso_sign_in (id, state, nonce, code_verifier, expires_at)
    VALUES ('sign-in', 'state', 'nonce', 'verifier', now() + interval '5 minutes')`;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-backup-'));
  // As root, the embedded PostgreSQL runs as a separate postgres user, which must be able to enter the folder.
  chmodSync(work, 0o755);
  backup = path.join(work, 'tracker.backup.gz');
  await fill();
});

afterAll(async () => {
  for (const database of databases) await database.drop();
  if (work) rmSync(work, { recursive: true, force: true });
});

it('a freshly migrated database holds rows only in the tables the migrations seed', async () => {
  expect(filled(await tablesOf((await freshDatabase()).url))).toEqual([...SEEDED_BY_MIGRATIONS]);
});

it('backs up every table into one file, saying so in one line', async () => {
  const made = run('db-backup', [backup], t.database.url);
  original = await tablesOf(t.database.url);
  expect(made.stderr).toBe('');
  expect(made.stdout).toMatch(
    new RegExp(`^Backed up \\d+ rows of ${original.size} tables \\(migration \\d{14}_\\w+\\) to ${backup} \\(\\d+ bytes\\)\\n$`),
  );
  expect(made.status).toBe(0);
  // The comparisons below mean something only if every table holds rows.
  expect(filled(original)).toEqual([...original.keys()]);
});

it('restores into a fresh database: every table row by row, the audit chain intact and growing on', async () => {
  const target = await freshDatabase();
  const restored = run('db-restore', [backup], target.url);
  expect(restored.stderr).toBe('');
  expect(restored.stdout).toMatch(/^Restored \d+ rows into \d+ tables from .* \(backed up \S+ at migration \d{14}_\w+\)\n$/);
  expect(restored.status).toBe(0);
  expect(await tablesOf(target.url)).toEqual(original);
  expectIntactChain(target.url);

  await withClient(target.url, async (client) => {
    // Sequences follow the restored ids, and the chain trigger is back: a new event takes the next position.
    const { rows } = await client.query<{ id: string; chain_position: string; max: string }>(
      `INSERT INTO audit_event (actor, action, entity_type, entity_id, after) VALUES ('after restore', 'CREATE', 'Session', '1', '{}')
       RETURNING id::text, chain_position::text, (SELECT max(id)::text FROM audit_event) AS max`,
    );
    expect(BigInt(rows[0]!.id)).toBeGreaterThan(BigInt(rows[0]!.max));
    expect(Number(rows[0]!.chain_position)).toBe(original.get('audit_event')!.length + 1);
    await client.query(`INSERT INTO obligation_note (obligation_id, text, author) SELECT min(id), 'after restore', 'x' FROM obligation`);
    await expect(client.query(`DELETE FROM audit_event`)).rejects.toThrow();
  });
  expectIntactChain(target.url);
});

it('refuses a database already in use, and with --replace discards its data for the backup’s', async () => {
  await request(t.server).post('/api/offices').send({ name: 'Made after the backup' }).expect(201);
  const resolution = await t.prisma.resolution.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await request(t.server).delete(`/api/resolutions/${resolution.id}`).expect(200);
  const changed = await tablesOf(t.database.url);

  const refused = run('db-restore', [backup], t.database.url);
  expect(refused.stderr).toMatch(/^Not restored: The database already holds data \(rows \d+ in \w+.*\): restore with --replace/);
  expect(refused.status).toBe(1);
  expect(await tablesOf(t.database.url)).toEqual(changed);

  const replaced = run('db-restore', [backup, '--replace'], t.database.url);
  expect(replaced.stdout).toMatch(/, replacing \d+ rows\)\n$/);
  expect(replaced.status).toBe(0);
  expect(await tablesOf(t.database.url)).toEqual(original);
  expectIntactChain(t.database.url);
  // The running API works on the restored rows.
  await request(t.server).get(`/api/resolutions/${resolution.id}`).expect(200);
});

describe('a damaged file is refused before anything is touched', () => {
  let target: TestDatabase;
  beforeAll(async () => {
    target = await freshDatabase();
  });

  const refuses = async (file: string, reason: RegExp) => {
    const before = await tablesOf(target.url);
    const restored = run('db-restore', [file], target.url);
    expect(restored.stderr).toMatch(reason);
    expect(restored.status).toBe(1);
    expect(await tablesOf(target.url)).toEqual(before);
  };

  it('a row changed after the manifest was written', async () => {
    const text = gunzipSync(readFileSync(backup)).toString('utf8');
    const tampered = text.replace('Bureau — Genève', 'Bureau — Genova');
    expect(tampered).not.toBe(text);
    writeFileSync(path.join(work, 'tampered.gz'), gzipSync(tampered));
    await refuses(path.join(work, 'tampered.gz'), /is damaged \(the rows of \w+ do not match the SHA-256 or the count/);
  });

  it('a file cut short', async () => {
    const bytes = readFileSync(backup);
    writeFileSync(path.join(work, 'cut.gz'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await refuses(path.join(work, 'cut.gz'), /cut\.gz is damaged \(/);
  });

  it('a file that is not a backup', async () => {
    writeFileSync(path.join(work, 'notes.txt'), 'not a backup\n');
    await refuses(path.join(work, 'notes.txt'), /notes\.txt is not a backup of the tracker/);
    await refuses(path.join(work, 'missing.gz'), /missing\.gz does not exist/);
  });
});

it('refuses a backup made at another migration level', async () => {
  const older = await createTestDatabase({ empty: true });
  databases.push(older);
  const earlier = path.join(work, 'earlier-migrations');
  const names = readdirSync(migrationsDir).filter((name) => !name.endsWith('.toml'));
  for (const name of names.slice(0, -1)) cpSync(path.join(migrationsDir, name), path.join(earlier, name), { recursive: true });
  await migrate(older.url, earlier);
  const file = path.join(work, 'older.backup.gz');
  expect(run('db-backup', [file], older.url).status).toBe(0);

  const target = await freshDatabase();
  const refused = run('db-restore', [file], target.url);
  expect(refused.stderr).toContain(
    `Not restored: The backup was made at migration ${names.at(-2)}, the database is at ${names.at(-1)}: restore it with the version of the tracker that made it`,
  );
  expect(refused.status).toBe(1);
  expect(filled(await tablesOf(target.url))).toEqual([...SEEDED_BY_MIGRATIONS]);
});

it('restores into the embedded server of a new DATA_DIR, which then verifies', async () => {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: path.join(work, 'data'),
    EMBEDDED_POSTGRES_PORT: String(await unusedPort()),
    LOG_LEVEL: 'silent',
  };
  delete environment.DATABASE_URL;
  delete environment.DATABASE_APP_PASSWORD;
  const embedded = (command: string, args: string[] = []) =>
    spawnSync(process.execPath, [cli(command), ...args], { env: environment, encoding: 'utf8', timeout: 300_000 });

  const restored = embedded('db-restore', [backup]);
  expect(restored.stdout).toMatch(/^Restored \d+ rows/);
  expect(restored.status).toBe(0);
  const verified = embedded('audit-verify');
  expect(verified.stdout).toMatch(/^Intact: \d+ events check out\./);
  expect(verified.status).toBe(0);
  const again = embedded('db-backup', [path.join(work, 'from-embedded.backup.gz')]);
  expect(again.status).toBe(0);
  // The same rows make the same bytes: the embedded copy holds exactly what was backed up.
  const manifestOf = (file: string) => JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0]!) as { tables: unknown[] };
  expect(manifestOf(path.join(work, 'from-embedded.backup.gz')).tables).toEqual(manifestOf(backup).tables);
});
