import type { ObligationHistoryEntry } from '@mandate-tracker/contracts';
import request from 'supertest';
import { seedText } from './support/seeds';
import { useTestApp } from './support/test-app';

const t = useTestApp();

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
  await t.prisma.document.deleteMany();
});

const historyOf = async (id: number): Promise<ObligationHistoryEntry[]> =>
  (await request(t.server).get(`/api/obligations/${id}/history`).expect(200)).body as ObligationHistoryEntry[];

describe('GET /api/obligations/:id/history', () => {
  it('tells the import, changes, document links, notes and the re-import in words, oldest first', async () => {
    const text = seedText('A_RES_57_159.pdf.txt');
    const importer = await t.actingAs('Imre Importer');
    const ana = await t.actingAs('Ana Editor', 'SECRETARIAT_EDITOR');
    await importer.post('/api/imports/commit').send({ text, obligations: [] }).expect(201);
    const report = await t.prisma.obligation.findFirstOrThrow({ where: { paragraphRef: '23' } });

    await ana
      .patch(`/api/obligations/${report.id}`)
      .send({ status: 'IN_PROGRESS', focalPoint: 'Jane Smith', dueDate: '2027-09-07', version: report.version })
      .expect(200);
    const linked = await ana.post(`/api/obligations/${report.id}/documents`).send({ symbol: 'A/81/275', relation: 'RELATED' }).expect(201);
    const linkId = (linked.body as { id: number }[])[0]?.id;
    await request(t.server).patch(`/api/obligations/${report.id}/documents/${linkId}`).send({ reviewState: 'REJECTED', version: 1 }).expect(200);
    await request(t.server).patch(`/api/obligations/${report.id}/documents/${linkId}`).send({ reviewState: 'CONFIRMED', version: 2 }).expect(200);
    await request(t.server).delete(`/api/obligations/${report.id}/documents/${linkId}`).expect(200);
    await ana.post(`/api/obligations/${report.id}/notes`).send({ text: 'Draft with OLA' }).expect(201);
    await request(t.server)
      .post('/api/imports/commit')
      .send({ text: text.replace('Assistance in mine action', 'Assistance in mine action and mine clearance'), obligations: [] })
      .expect(201);

    const history = await historyOf(report.id);
    const summaries = history.map((entry) => entry.summary);
    expect(summaries).toEqual([
      'Resolution A/RES/57/159 imported',
      'Imported from A/RES/57/159, para. 23',
      'Status: Pending → In progress; Focal point: — → Jane Smith; Due date: — → 7 Sep 2027',
      'Document A/81/275 linked (related)',
      'Link to document A/81/275 rejected',
      'Link to document A/81/275 confirmed',
      'Document A/81/275 unlinked',
      'Note added: Draft with OLA',
      'Resolution A/RES/57/159 re-imported',
    ]);
    expect(history.map((entry) => entry.actor)).toEqual([
      'Imre Importer',
      'Imre Importer',
      'Ana Editor',
      'Ana Editor',
      'Test Administrator',
      'Test Administrator',
      'Test Administrator',
      'Ana Editor',
      'Test Administrator',
    ]);
    expect(history[2]?.changes[0]).toEqual({ field: 'status', label: 'Status', before: 'Pending', after: 'In progress' });
    // No code name reaches a person: neither field names nor enum values.
    expect(summaries.join(' ')).not.toMatch(/IN_PROGRESS|focalPoint|dueDate|RELATED|FULFILS|REJECTED/);
  });

  it('writes nothing and keeps the version for a change that changes nothing', async () => {
    const text = seedText('A_RES_57_159.pdf.txt');
    await request(t.server).post('/api/imports/commit').send({ text, obligations: [] }).expect(201);
    const report = await t.prisma.obligation.findFirstOrThrow({ where: { paragraphRef: '23' } });
    const first = await request(t.server).patch(`/api/obligations/${report.id}`).send({ status: 'IN_PROGRESS', version: 1 }).expect(200);
    expect(first.body).toMatchObject({ version: 2 });
    const again = await request(t.server)
      .patch(`/api/obligations/${report.id}`)
      .send({ status: 'IN_PROGRESS', dueDate: null, version: 2 })
      .expect(200);
    expect(again.body).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    expect((await t.prisma.obligation.findUniqueOrThrow({ where: { id: report.id } })).version).toBe(2);
    const updates = (await historyOf(report.id)).filter((entry) => entry.entityType === 'Obligation' && entry.action === 'UPDATE');
    expect(updates.map((entry) => entry.summary)).toEqual(['Status: Pending → In progress']);
  });

  it('answers 404 for an obligation that does not exist', async () => {
    await request(t.server).get('/api/obligations/999999/history').expect(404);
  });
});
