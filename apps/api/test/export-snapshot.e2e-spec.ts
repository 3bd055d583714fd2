import { ExportDatabase } from '../src/exports/export-database.service';
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
