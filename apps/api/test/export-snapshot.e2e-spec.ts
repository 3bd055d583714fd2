import request from 'supertest';
import type { AuditLogEntryView } from '@mandate-tracker/contracts';
import { AuditService, type AuditEntry } from '../src/audit/audit.service';
import { ExportDatabase } from '../src/exports/export-database.service';
import { ExportSources } from '../src/exports/export-sources';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('an export snapshot', () => {
  it('reads, on its own connection and through Prisma, the data as it was when it opened, whatever is committed meanwhile', async () => {
    const resolution = await createResolution(t.prisma, { symbol: 'A/RES/78/950', sessionNumber: 78 });
    const obligation = await createObligation(t.prisma, { resolutionId: resolution.id, actor: 'Secretary-General' });
    const snapshot = await t.app.get(ExportDatabase).snapshot();
    try {
      await t.prisma.obligation.update({ where: { id: obligation.id }, data: { actor: 'changed meanwhile' } });
      const added = await createObligation(t.prisma, { resolutionId: resolution.id, actor: 'added meanwhile' });

      expect(await snapshot.rows('SELECT actor FROM obligation WHERE resolution_id = $1 ORDER BY id', [resolution.id])).toEqual([
        ['Secretary-General'],
      ]);
      const seen = await snapshot.prismaRead((tx) =>
        tx.obligation.findMany({ where: { resolutionId: resolution.id }, select: { id: true, actor: true } }),
      );
      expect(seen).toEqual([{ id: obligation.id, actor: 'Secretary-General' }]);
      expect(seen.map((o) => o.id)).not.toContain(added.id);
    } finally {
      await snapshot.close();
    }
    // Outside the snapshot, today's data.
    const now = await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } });
    expect(now.actor).toBe('changed meanwhile');
  });
});

describe('the audit-log export', () => {
  const record = (entry: AuditEntry) => t.prisma.$transaction((tx) => t.app.get(AuditService).record(tx, entry));

  it('reads in the export snapshot: events committed and resolutions renamed during the download stay out of the file', async () => {
    const resolution = await createResolution(t.prisma, { symbol: 'A/RES/78/960', sessionNumber: 78 });
    const obligation = await createObligation(t.prisma, { resolutionId: resolution.id, paragraphRef: '5' });
    const state = { resolutionId: resolution.id, paragraphRef: '5', status: 'PENDING' };
    await record({ actor: 'Before Export', action: 'CREATE', entityType: 'Obligation', entityId: obligation.id, after: state });

    const snapshot = await t.app.get(ExportDatabase).snapshot();
    try {
      // The filter is read by its resolution's symbol, which is renamed below: it must still find the old one.
      const filter = JSON.stringify({ resolutionSymbol: 'A/RES/78/960' });
      const prepared = await t.app.get(ExportSources).prepare('audit', { filter }, snapshot);

      await t.prisma.resolution.update({ where: { id: resolution.id }, data: { symbol: 'A/RES/78/961' } });
      await record({
        actor: 'During Export',
        action: 'UPDATE',
        entityType: 'Obligation',
        entityId: obligation.id,
        before: state,
        after: { ...state, status: 'IN_PROGRESS' },
      });

      const rows: AuditLogEntryView[] = [];
      for await (const batch of prepared.source.tables[0]?.batches() ?? []) rows.push(...(batch as AuditLogEntryView[]));
      expect(rows.map((row) => [row.actor, row.subject])).toEqual([['Before Export', 'A/RES/78/960, para. 5']]);
    } finally {
      await snapshot.close();
    }
    // Outside the snapshot, the log as it is now.
    const now = await request(t.server)
      .get('/api/audit')
      .query({ filter: JSON.stringify({ entityType: 'Obligation', entityId: String(obligation.id) }) })
      .expect(200);
    expect((now.body as AuditLogEntryView[]).map((row) => [row.actor, row.subject])).toEqual(
      expect.arrayContaining([['During Export', 'A/RES/78/961, para. 5']]),
    );
  });
});
