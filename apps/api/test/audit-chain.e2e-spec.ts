/**
 * Every audit event carries SHA-256 over its content and the previous event's hash (issue 12, item 7). A clean
 * trail verifies; an event changed, removed or re-hashed behind the API's back (as the owner, with triggers
 * silenced) is named by GET /api/audit/verify and by `npm run audit:verify`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AuditChainReport } from '@mandate-tracker/contracts';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { AuditChainService } from '../src/audit/audit-chain.service';
import { loadEnvironment } from '../src/config/environment';
import { migrationsDir, projectRoot } from '../src/config/paths';
import { grantApplicationRole, type ApplicationRole } from '../src/database/application-role';
import { migrate } from '../src/database/migrator';
import { createObligation } from './factories/obligation.factory';
import { useSqlClient } from './support/sql-client';
import { useTestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';
import { APP_ROLE_VARIABLE } from './support/test-server';

jest.setTimeout(300_000); // the command line starts Nest, which takes seconds on a busy machine

const t = useTestApp();
const owner = useSqlClient(() => t.database.url);
const cli = path.join(projectRoot, 'apps/api/dist/cli/audit-verify.cli.js');

interface EventRow {
  id: string;
  chain_position: string;
  hash: string;
}

async function verify(): Promise<AuditChainReport> {
  return (await request(t.server).get('/api/audit/verify').expect(200)).body as AuditChainReport;
}

/** `npm run audit:verify` against the test's database, as an administrator would run it beside the server. */
function verifyFromCommandLine() {
  return spawnSync(process.execPath, [cli], {
    env: { ...process.env, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function events(): Promise<EventRow[]> {
  const { rows } = await owner.query<EventRow>(
    'SELECT id::text, chain_position::text, hash FROM audit_event ORDER BY audit_event.chain_position',
  );
  return rows;
}

/** As the tables' owner, with triggers (the append-only one included) silenced for this transaction only. */
async function behindTheTriggers(statements: string[]): Promise<void> {
  await owner.query('BEGIN');
  try {
    await owner.query('SET LOCAL session_replication_role = replica');
    for (const statement of statements) await owner.query(statement);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

let changed: string;

beforeAll(async () => {
  const obligation = await createObligation(t.prisma);
  // Text beyond ASCII and JSON with nesting: the API's hashing must frame them exactly as the database's.
  await t.userWithRole('COMMITTEE_OFFICER', { displayName: 'Zoë Ñandú 李 "quoted" \\ back' });
  await request(t.server)
    .patch(`/api/obligations/${obligation.id}`)
    .send({ focalPoint: 'Bureau du Coordonnateur — Genève', version: obligation.version })
    .expect(200);
  await t.userWithRole('AUDITOR');
  const { rows } = await owner.query<{ id: string }>(`SELECT id::text FROM audit_event WHERE entity_type = 'Obligation'`);
  changed = rows[0]!.id;
});

describe('a trail nobody touched', () => {
  it('numbers events 1, 2, 3 … and verifies from the endpoint, naming its head', async () => {
    const rows = await events();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.map((row) => Number(row.chain_position))).toEqual(rows.map((_row, index) => index + 1));
    expect(new Set(rows.map((row) => row.hash)).size).toBe(rows.length);
    const last = rows[rows.length - 1]!;
    expect(await verify()).toEqual({
      intact: true,
      events: rows.length,
      head: { chainPosition: last.chain_position, hash: last.hash },
      firstBroken: null,
    });
  });

  it('verifies from the command line', () => {
    const run = verifyFromCommandLine();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Intact: \d+ events check out\.\nHead: chain position \d+, hash [0-9a-f]{64}\n$/);
    expect(run.status).toBe(0);
  });

  it('is open to auditors, not to editors or committee officers', async () => {
    const auditor = await t.userWithRole('AUDITOR');
    expect((await auditor.api.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true });
    for (const role of ['SECRETARIAT_EDITOR', 'COMMITTEE_OFFICER'] as const) {
      await (await t.userWithRole(role)).api.get('/api/audit/verify').expect(403);
    }
  });
});

describe('writers', () => {
  it('chain events written by many transactions at once in one line, in commit order', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, index) => t.userWithRole('AUDITOR', { displayName: `concurrent ${index}` })));
    const rows = await events();
    expect(rows.map((row) => Number(row.chain_position))).toEqual(rows.map((_row, index) => index + 1));
    expect(await verify()).toMatchObject({ intact: true, events: rows.length });
  });

  it('cannot choose an event’s position or hash: the trigger sets them', async () => {
    const head = (await events()).length;
    const { rows } = await owner.query<EventRow>(
      `INSERT INTO audit_event (actor, action, entity_type, entity_id, after, chain_position, hash)
       VALUES ('forger', 'CREATE', 'Session', '1', '{}', 1, repeat('f', 64)) RETURNING id::text, chain_position::text, hash`,
    );
    expect(rows[0]).toMatchObject({ chain_position: String(head + 1), hash: expect.not.stringMatching(/^f+$/) });
    expect(await verify()).toMatchObject({ intact: true, events: head + 1 });
  });
});

describe('a trail changed behind the triggers', () => {
  it('names the event whose content was rewritten', async () => {
    await behindTheTriggers([`CREATE TEMP TABLE original AS SELECT * FROM audit_event WHERE id = ${changed}`]);
    try {
      await behindTheTriggers([`UPDATE audit_event SET after = jsonb_set(after, '{focalPoint}', '"Mallory"') WHERE id = ${changed}`]);
      const report = await verify();
      expect(report).toMatchObject({
        intact: false,
        head: null,
        firstBroken: { eventId: changed, reason: expect.stringMatching(/changed/) },
      });
      const position = Number(report.firstBroken?.chainPosition);
      expect(report.events).toBe(position);

      const run = verifyFromCommandLine();
      expect(run.stdout).toContain(`BROKEN at audit event ${changed} (chain position ${position})`);
      expect(run.status).toBe(1);
    } finally {
      await behindTheTriggers([`UPDATE audit_event SET after = (SELECT after FROM original) WHERE id = ${changed}`, 'DROP TABLE original']);
    }
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('names the event after one that was removed', async () => {
    const rows = await events();
    const removed = rows[2]!;
    const next = rows[3]!;
    await behindTheTriggers([`CREATE TEMP TABLE original AS SELECT * FROM audit_event WHERE id = ${removed.id}`]);
    try {
      await behindTheTriggers([`DELETE FROM audit_event WHERE id = ${removed.id}`]);
      expect((await verify()).firstBroken).toEqual({
        eventId: next.id,
        chainPosition: next.chain_position,
        reason: `the events at chain positions ${removed.chain_position} to ${removed.chain_position} are missing before it`,
      });
    } finally {
      await behindTheTriggers(['INSERT INTO audit_event SELECT * FROM original', 'DROP TABLE original']);
    }
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('names the event after one rewritten and re-hashed with the database’s own function', async () => {
    const rows = await events();
    const rewritten = rows.findIndex((row) => row.id === changed);
    const next = rows[rewritten + 1]!;
    await behindTheTriggers([`CREATE TEMP TABLE original AS SELECT * FROM audit_event WHERE id = ${changed}`]);
    try {
      await behindTheTriggers([
        `UPDATE audit_event SET actor = 'Mallory' WHERE id = ${changed}`,
        `UPDATE audit_event e SET hash = audit_event_chain_hash((SELECT hash FROM audit_event p WHERE p.chain_position = e.chain_position - 1), e) WHERE id = ${changed}`,
      ]);
      expect((await verify()).firstBroken).toMatchObject({ eventId: next.id, chainPosition: next.chain_position });
    } finally {
      await behindTheTriggers([
        `UPDATE audit_event SET actor = (SELECT actor FROM original), hash = (SELECT hash FROM original) WHERE id = ${changed}`,
        'DROP TABLE original',
      ]);
    }
    expect(await verify()).toMatchObject({ intact: true });
  });
});

describe('events recorded before the chain existed', () => {
  it('are chained by the migration in the order they were numbered', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const chainMigration = readdirSync(migrationsDir).find((name) => name.endsWith('_audit_event_hash_chain'))!;
      const earlier = mkdtempSync(path.join(tmpdir(), 'migrations-before-chain-'));
      for (const name of readdirSync(migrationsDir).filter((entry) => entry < chainMigration && !entry.endsWith('.toml'))) {
        cpSync(path.join(migrationsDir, name), path.join(earlier, name), { recursive: true });
      }
      await migrate(database.url, earlier);
      const client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query(
        `INSERT INTO audit_event (actor, action, entity_type, entity_id, after)
         SELECT 'before the chain ' || n, 'CREATE', 'Session', n::text, jsonb_build_object('n', n) FROM generate_series(1, 5) n`,
      );
      await client.end();
      await migrate(database.url, migrationsDir);
      const role = JSON.parse(process.env[APP_ROLE_VARIABLE]!) as ApplicationRole;
      const environment = loadEnvironment({ LOG_LEVEL: 'silent', ADMIN_DIST: '/nonexistent' });
      const app = await createApp(environment, await grantApplicationRole(database.url, role));
      try {
        expect(await app.get(AuditChainService).verify()).toMatchObject({ intact: true, events: 5, head: { chainPosition: '5' } });
      } finally {
        await app.close();
      }
    } finally {
      await database.drop();
    }
  });
});
