/**
 * Two people saving the same record from the same version at the same moment: one wins, the other gets 409.
 *
 * Sent one after the other, the second request is refused by the version check before it writes, so that test
 * passes even when the UPDATE no longer carries `version` in its WHERE. Here both requests must have read the
 * record before either writes: the test holds the row locked from its own connection, waits until PostgreSQL
 * shows both requests queued behind that lock (so both have read version 1 and passed the check), then lets go.
 * Only the version condition in the UPDATE can now stop the second writer.
 */
import request from 'supertest';
import { createDocument } from './factories/document.factory';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { createSession } from './factories/session.factory';
import { useSqlClient } from './support/sql-client';
import { useTestApp } from './support/test-app';

const t = useTestApp();
/** Holds the row locked. */
const locker = useSqlClient(() => t.database.url);
/** Watches the writers; apart from the locker because PostgreSQL shows a transaction one snapshot of pg_stat_activity. */
const watcher = useSqlClient(() => t.database.url);

interface Subject {
  table: string;
  path: string;
  create: () => Promise<{ id: number }>;
  /** Two different changes, one per writer. */
  changes: [object, object];
}

const subjects: [string, Subject][] = [
  [
    'resolution',
    {
      table: 'resolution',
      path: '/api/resolutions',
      create: () => createResolution(t.prisma),
      changes: [{ title: 'Assistance in mine action (first writer)' }, { title: 'Assistance in mine action (second writer)' }],
    },
  ],
  [
    'obligation',
    {
      table: 'obligation',
      path: '/api/obligations',
      create: () => createObligation(t.prisma),
      changes: [{ responsibleOffice: 'UNMAS' }, { responsibleOffice: 'UNDP' }],
    },
  ],
  [
    'document',
    {
      table: 'document',
      path: '/api/documents',
      create: () => createDocument(t.prisma),
      changes: [{ title: 'Report of the Secretary-General (first)' }, { title: 'Report of the Secretary-General (second)' }],
    },
  ],
  [
    'session',
    {
      table: 'session',
      path: '/api/sessions',
      create: () => createSession(t.prisma),
      changes: [{ closesOn: '2023-07-20' }, { closesOn: '2023-07-21' }],
    },
  ],
];

/** Waits until `count` UPDATEs on this database are waiting for a lock. */
async function waitForBlockedUpdates(count: number): Promise<void> {
  // Well inside Prisma's 5 s transaction timeout, after which the writers would fail for another reason.
  const deadline = Date.now() + 4_000;
  for (;;) {
    const { rows } = await watcher.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'UPDATE%'`,
    );
    if ((rows[0]?.waiting ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0]?.waiting} of ${count} writers reached the locked row`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(subjects)('two writers of one %s with the same version', (_name, subject) => {
  it('get one 200 and one 409, and the record holds the winner’s change only', async () => {
    const record = await subject.create();
    // A first request pays for warming up the route, outside the writers' transactions and their timeout.
    await request(t.server).get(`${subject.path}/${record.id}`).expect(200);
    await locker.query('BEGIN');
    await locker.query(`SELECT id FROM ${subject.table} WHERE id = $1 FOR UPDATE`, [record.id]);
    // .then starts each request now; both run while the row is held.
    const writers = subject.changes.map((change) =>
      request(t.server)
        .patch(`${subject.path}/${record.id}`)
        .set('X-Actor', 'writer')
        .send({ ...change, version: 1 })
        .then((response) => response),
    );
    try {
      await waitForBlockedUpdates(2);
    } finally {
      await locker.query('COMMIT');
    }
    const responses = await Promise.all(writers);

    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = responses.findIndex((r) => r.status === 200);
    const loser = responses[1 - winner]!;
    expect(loser.body).toMatchObject({ statusCode: 409, error: 'STALE_VERSION' });
    expect(responses[winner]!.body).toMatchObject({ ...subject.changes[winner], version: 2 });

    const stored = await watcher.query(`SELECT version FROM ${subject.table} WHERE id = $1`, [record.id]);
    expect(stored.rows).toEqual([{ version: 2 }]);
    const events = await watcher.query(`SELECT action FROM audit_event WHERE entity_id = $1 AND entity_type ILIKE $2`, [
      String(record.id),
      subject.table,
    ]);
    expect(events.rows).toEqual([{ action: 'UPDATE' }]);
  });
});
