import request from 'supertest';
import { notFound } from './support/error-bodies';
import { seedText } from './support/seeds';
import { useTestApp } from './support/test-app';

const t = useTestApp();

interface Entry {
  action: string;
  entityType: string;
  entityId: string;
  subject: string;
}

/** The audit log of one entity, oldest first, as GET /api/audit answers it. */
const eventsOf = async (entityType: string, entityId: number): Promise<Entry[]> =>
  (
    (
      await request(t.server)
        .get('/api/audit')
        .query({ filter: JSON.stringify({ entityType, entityId: String(entityId) }), sort: '["occurredAt","ASC"]' })
        .expect(200)
    ).body as Entry[]
  ).map(({ action, entityType: type, entityId: id, subject }) => ({ action, entityType: type, entityId: id, subject }));

/** Issue 12, item 8: deleting a record leaves its whole history reachable, named by what was deleted. */
describe('history survives deletion', () => {
  it('of a document: created, changed and deleted, each event with its symbol', async () => {
    const created = await request(t.server).post('/api/documents').send({ symbol: 'A/62/777', kind: 'REPORT' }).expect(201);
    await request(t.server).patch(`/api/documents/${created.body.id}`).send({ title: 'Mine action', version: 1 }).expect(200);
    await request(t.server).delete(`/api/documents/${created.body.id}`).expect(200);
    await request(t.server).get(`/api/documents/${created.body.id}`).expect(404);
    expect(await eventsOf('Document', created.body.id)).toEqual(
      ['CREATE', 'UPDATE', 'DELETE'].map((action) => ({
        action,
        entityType: 'Document',
        entityId: String(created.body.id),
        subject: 'Document A/62/777',
      })),
    );
  });

  it('of a session: created, changed and deleted, each event naming the body and number', async () => {
    const created = await request(t.server)
      .post('/api/sessions')
      .send({ body: 'HUMAN_RIGHTS_COUNCIL', number: 57, opensOn: '2024-09-09', closesOn: '2024-10-11' })
      .expect(201);
    await request(t.server).patch(`/api/sessions/${created.body.id}`).send({ closesOn: '2024-10-09', version: 1 }).expect(200);
    await request(t.server).delete(`/api/sessions/${created.body.id}`).expect(200);
    const events = await eventsOf('Session', created.body.id);
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    for (const event of events) expect(event.subject).toBe('Human Rights Council, session 57');
  });

  it('of a resolution and its obligations: the audit log and each obligation’s history still answer', async () => {
    const imported = await request(t.server)
      .post('/api/imports/commit')
      .send({ text: seedText('A_RES_62_99.pdf.txt') })
      .expect(201);
    const obligations = (
      await request(t.server)
        .get('/api/obligations')
        .query({ filter: JSON.stringify({ resolutionId: imported.body.resolutionId }), range: '[0,0]' })
        .expect(200)
    ).body as { id: number; version: number }[];
    const obligation = obligations[0]!;
    await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ status: 'IN_PROGRESS', version: obligation.version })
      .expect(200);
    const note = await request(t.server).post(`/api/obligations/${obligation.id}/notes`).send({ text: 'Asked the office' }).expect(201);
    await request(t.server).delete(`/api/resolutions/${imported.body.resolutionId}`).expect(200);
    await request(t.server).get(`/api/obligations/${obligation.id}`).expect(404);

    // Its notes answer from the trail, as they read before the deletion.
    expect((await request(t.server).get(`/api/obligations/${obligation.id}/notes`).expect(200)).body).toEqual([note.body]);
    expect((await request(t.server).get('/api/obligations/999999/notes').expect(404)).body).toEqual(notFound);
    // The same events by ?entity=&entityId= as by the filter.
    const byParameters = await request(t.server)
      .get('/api/audit')
      .query({ entity: 'Resolution', entityId: String(imported.body.resolutionId), sort: '["occurredAt","ASC"]' })
      .expect(200);
    expect((byParameters.body as Entry[]).map((e) => e.action)).toEqual(['CREATE', 'DELETE']);

    const resolutionEvents = await eventsOf('Resolution', imported.body.resolutionId);
    expect(resolutionEvents.map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
    for (const event of resolutionEvents) expect(event.subject).toBe('A/RES/62/99');

    const history = await request(t.server).get(`/api/obligations/${obligation.id}/history`).expect(200);
    // Told in words as for a living obligation: its resolution's import first, then its own events.
    const entries = history.body as { action: string; entityType: string; summary: string }[];
    expect(entries.filter((e) => e.entityType === 'Obligation').map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(entries[0]).toMatchObject({ entityType: 'Resolution', action: 'CREATE' });
    expect(entries[0]!.summary).toContain('A/RES/62/99');
    // An obligation that never was has no history: still 404.
    expect((await request(t.server).get('/api/obligations/999999/history').expect(404)).body).toEqual(notFound);
  });

  it('refuses a bad entity or entityId in the audit query, naming it', async () => {
    const refused = async (query: Record<string, string>, field: string) => {
      const response = await request(t.server).get('/api/audit').query(query).expect(400);
      expect(Object.keys((response.body as { errors?: Record<string, string> }).errors ?? {})).toContain(field);
    };
    await refused({ entity: 'Nonsense', entityId: '1' }, 'entity');
    await refused({ entity: 'Resolution', entityId: 'x'.repeat(41) }, 'entityId');
    await refused({ entityId: '1' }, 'entity');
    await refused({ entity: 'Resolution', filter: JSON.stringify({ entityType: 'Document' }) }, 'entity');
  });
});
