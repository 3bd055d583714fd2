import request from 'supertest';
import { buildDocument, createDocument } from './factories/document.factory';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { conflict, notFound, validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

beforeEach(async () => {
  await t.prisma.document.deleteMany();
  await t.prisma.resolution.deleteMany();
});

const EXPECTED_SHAPE = expect.stringContaining('expected a UN document symbol such as');

describe('GET /api/documents', () => {
  it('pages and sorts with Content-Range and gives each its public address', async () => {
    await createDocument(t.prisma, { symbol: 'A/58/260' });
    await createDocument(t.prisma, { symbol: 'A/62/307' });
    await createDocument(t.prisma, { symbol: 'A/59/284' });
    const response = await request(t.server).get('/api/documents').query({ sort: '["symbol","DESC"]', range: '[0,1]' }).expect(200);
    expect(response.headers['content-range']).toBe('documents 0-1/3');
    expect(response.body.map((d: { symbol: string }) => d.symbol)).toEqual(['A/62/307', 'A/59/284']);
    expect(response.body[0]).toMatchObject({
      kind: 'REPORT',
      issuedOn: '2003-08-15',
      version: 1,
      undocsUrl: 'https://undocs.org/en/A/62/307',
    });
    expect(response.body[0]).not.toHaveProperty('obligations');
  });

  it('filters by words in symbol or title, kind and ids', async () => {
    const report = await createDocument(t.prisma, { symbol: 'A/62/307', title: 'Assistance in mine action' });
    await createDocument(t.prisma, { symbol: 'A/62/307/Corr.3', kind: 'CORRIGENDUM', title: 'Assistance in mine action' });
    await createDocument(t.prisma, { symbol: 'A/63/1', title: 'Report of the Secretary-General on the work of the Organization' });
    await createDocument(t.prisma, { symbol: 'A/63/2', title: 'Follow-up to A/62/307' });
    const byWords = await request(t.server).get('/api/documents').query({ filter: '{"q":"MINE 62/307"}' }).expect(200);
    expect(byWords.body).toHaveLength(2);
    // Every word in the symbol or the title, in any case; never across the two.
    const symbols = async (q: string) =>
      (
        await request(t.server)
          .get('/api/documents')
          .query({ filter: JSON.stringify({ q }) })
          .expect(200)
      ).body
        .map((d: { symbol: string }) => d.symbol)
        .sort();
    expect(await symbols('62/307')).toEqual(['A/62/307', 'A/62/307/Corr.3', 'A/63/2']);
    expect(await symbols('a/62/307/corr.3')).toEqual(['A/62/307/Corr.3']);
    expect(await symbols('corr.3assistance')).toEqual([]);
    // Letters beyond ASCII are lowercased by PostgreSQL, as in the column.
    await createDocument(t.prisma, { symbol: 'A/63/3', title: "Rapport sur l'État de droit" });
    expect(await symbols('état')).toEqual(['A/63/3']);
    expect(await symbols('ÉTAT DROIT')).toEqual(['A/63/3']);
    const byKind = await request(t.server).get('/api/documents').query({ filter: '{"q":"mine","kind":"CORRIGENDUM"}' }).expect(200);
    expect(byKind.body.map((d: { symbol: string }) => d.symbol)).toEqual(['A/62/307/Corr.3']);
    const byIds = await request(t.server)
      .get('/api/documents')
      .query({ filter: JSON.stringify({ id: [report.id] }) })
      .expect(200);
    expect(byIds.body.map((d: { id: number }) => d.id)).toEqual([report.id]);
  });

  it.each([
    [{ sort: '["title","ASC"]' }, 'sort'],
    [{ filter: '{"kind":"MEMO"}' }, 'filter.kind'],
    [{ filter: '{"symbol":"A/62/307"}' }, 'filter.symbol'],
    [{ filter: '{"id":["x"]}' }, 'filter.id'],
  ])('refuses %j naming %s', async (query, field) => {
    const response = await request(t.server).get('/api/documents').query(query).expect(400);
    expect(response.body).toEqual(validationError({ [field]: expect.any(String) }));
  });
});

describe('GET /api/documents/:id', () => {
  it('returns the document with the obligations it is linked to and the evidence', async () => {
    const document = await createDocument(t.prisma, { symbol: 'A/58/260' });
    const obligation = await createObligation(t.prisma);
    const evidence = await createResolution(t.prisma, { symbol: 'A/RES/58/127' });
    const link = await t.prisma.obligationDocument.create({
      data: {
        obligationId: obligation.id,
        documentId: document.id,
        relation: 'FULFILS',
        evidenceResolutionId: evidence.id,
        evidenceParagraph: 'para_1',
        evidenceNote: 'welcomes the report',
      },
    });
    const response = await request(t.server).get(`/api/documents/${document.id}`).expect(200);
    expect(response.body).toMatchObject({ id: document.id, symbol: 'A/58/260', undocsUrl: 'https://undocs.org/en/A/58/260' });
    expect(response.body.obligations).toEqual([
      {
        id: link.id,
        relation: 'FULFILS',
        reviewState: 'NEEDS_REVIEW',
        origin: 'MANUAL',
        evidence: { resolutionId: evidence.id, resolutionSymbol: 'A/RES/58/127', paragraph: 'para_1', note: 'welcomes the report' },
        obligation: expect.objectContaining({
          id: obligation.id,
          kind: 'REPORT',
          paragraphRef: '23',
          resolution: expect.objectContaining({ id: obligation.resolutionId }),
        }),
      },
    ]);
  });

  it('answers 404 for a missing document and 400 for a malformed id', async () => {
    expect((await request(t.server).get('/api/documents/999999').expect(404)).body).toEqual(notFound);
    expect((await request(t.server).get('/api/documents/-1').expect(400)).body).toEqual(validationError({ id: expect.any(String) }));
  });
});

describe('POST /api/documents', () => {
  it('records one document with a normalised symbol and an audit event', async () => {
    const response = await (
      await t.actingAs('jane.doe')
    )
      .post('/api/documents')
      .send({ symbol: 'a/58/ 260', title: 'Mine action' })
      .expect(201);
    expect(response.body).toMatchObject({
      symbol: 'A/58/260',
      kind: 'REPORT',
      title: 'Mine action',
      version: 1,
      obligations: [],
      recorded: ['A/58/260'],
      existing: [],
    });
    const events = await t.prisma.auditEvent.findMany({ where: { entityType: 'Document', entityId: String(response.body.id) } });
    expect(events).toEqual([
      expect.objectContaining({ action: 'CREATE', actor: 'jane.doe', after: expect.objectContaining({ symbol: 'A/58/260' }) }),
    ]);
  });

  it('records every document "A/62/307 and Corr.3" names, inferring the corrigendum', async () => {
    const response = await request(t.server)
      .post('/api/documents')
      .send({ symbol: 'A/62/307 and Corr.3', title: 'Assistance in mine action', issuedOn: '2007-08-24' })
      .expect(201);
    expect(response.body).toMatchObject({
      symbol: 'A/62/307',
      kind: 'REPORT',
      issuedOn: '2007-08-24',
      recorded: ['A/62/307', 'A/62/307/Corr.3'],
      existing: [],
    });
    const stored = await t.prisma.document.findMany({ orderBy: { symbol: 'asc' } });
    expect(stored.map((d) => [d.symbol, d.kind, d.title, d.issuedOn])).toEqual([
      ['A/62/307', 'REPORT', 'Assistance in mine action', new Date('2007-08-24T00:00:00Z')],
      ['A/62/307/Corr.3', 'CORRIGENDUM', 'Assistance in mine action', null],
    ]);
    // The audit trail is append-only, so count only these documents' events.
    expect(
      await t.prisma.auditEvent.count({
        where: { entityType: 'Document', action: 'CREATE', entityId: { in: stored.map((d) => String(d.id)) } },
      }),
    ).toBe(2);
  });

  it('reports documents already recorded instead of duplicating them, and answers 409 when all were', async () => {
    await createDocument(t.prisma, { symbol: 'A/56/448' });
    const response = await request(t.server).post('/api/documents').send({ symbol: 'A/56/448 and Add.1 and 2' }).expect(201);
    expect(response.body).toMatchObject({ symbol: 'A/56/448', recorded: ['A/56/448/Add.1', 'A/56/448/Add.2'], existing: ['A/56/448'] });
    expect((await t.prisma.document.findMany({ where: { kind: 'ADDENDUM' } })).length).toBe(2);
    const eventsBefore = await t.prisma.auditEvent.count();
    const again = await request(t.server).post('/api/documents').send({ symbol: 'A/56/448/Add.2' }).expect(409);
    expect(again.body).toEqual(conflict('DUPLICATE'));
    expect(again.body.details.existing).toEqual(['A/56/448/Add.2']);
    expect(await t.prisma.document.count()).toBe(3);
    expect(await t.prisma.auditEvent.count()).toBe(eventsBefore);
  });

  it('writes nothing when one of the documents cannot be stored', async () => {
    // Stands in for a concurrent writer recording the corrigendum first: the second insert fails and the first
    // must roll back with it.
    await t.owner.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION refuse_corr() RETURNS trigger AS $$ BEGIN IF NEW.symbol LIKE '%/Corr.%' THEN RAISE unique_violation USING MESSAGE = 'duplicate key', CONSTRAINT = 'document_symbol_key'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await t.owner.$executeRawUnsafe(`CREATE TRIGGER refuse_corr BEFORE INSERT ON document FOR EACH ROW EXECUTE FUNCTION refuse_corr()`);
    try {
      const eventsBefore = await t.prisma.auditEvent.count();
      await request(t.server).post('/api/documents').send({ symbol: 'A/62/307 and Corr.3' }).expect(409);
      expect(await t.prisma.document.count()).toBe(0);
      expect(await t.prisma.auditEvent.count()).toBe(eventsBefore);
    } finally {
      await t.owner.$executeRawUnsafe(`DROP TRIGGER refuse_corr ON document`);
    }
  });

  it.each([
    [{ symbol: 'report 307' }, 'symbol'],
    [{ symbol: 'A/62/' }, 'symbol'],
    [{ symbol: 'see A/62/307' }, 'symbol'],
    [{ symbol: '' }, 'symbol'],
    [{ symbol: 42 }, 'symbol'],
    [{ kind: 'MEMO' }, 'kind'],
    [{ kind: null }, 'kind'],
    [{ issuedOn: '24 August 2007' }, 'issuedOn'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j naming the field %s and writes nothing', async (override, field) => {
    const response = await request(t.server)
      .post('/api/documents')
      .send({ ...buildDocument(), ...override })
      .expect(400);
    expect(response.body).toEqual(validationError({ [field]: expect.any(String) }));
    expect(await t.prisma.document.count()).toBe(0);
  });

  it('shows the expected shape in the message for a malformed symbol', async () => {
    const response = await request(t.server).post('/api/documents').send({ symbol: 'A/62/307 and the annex' }).expect(400);
    expect(response.body).toEqual(validationError({ symbol: EXPECTED_SHAPE }));
    expect(response.body.message).toMatch(/^symbol: .*A\/62\/307\/Corr\.3/);
    expect(response.body.errors.symbol).not.toMatch(/^symbol:/);
  });
});

describe('PATCH /api/documents/:id', () => {
  it('changes the fields sent, bumps the version and records before and after', async () => {
    const stored = await createDocument(t.prisma, { symbol: 'A/62/307', title: 'Old' });
    const response = await (
      await t.actingAs('jane.doe')
    )
      .patch(`/api/documents/${stored.id}`)
      .send({ title: 'New', issuedOn: null, kind: 'NOTE', version: 1 })
      .expect(200);
    expect(response.body).toMatchObject({ symbol: 'A/62/307', title: 'New', issuedOn: null, kind: 'NOTE', version: 2, obligations: [] });
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'Document', entityId: String(stored.id), action: 'UPDATE' },
    });
    expect(event).toMatchObject({
      actor: 'jane.doe',
      before: expect.objectContaining({ title: 'Old' }),
      after: expect.objectContaining({ title: 'New' }),
    });
  });

  it('answers 409 with the current record when the version is stale', async () => {
    const stored = await createDocument(t.prisma);
    await request(t.server).patch(`/api/documents/${stored.id}`).send({ title: 'First', version: 1 }).expect(200);
    const response = await request(t.server).patch(`/api/documents/${stored.id}`).send({ title: 'Second', version: 1 }).expect(409);
    expect(response.body).toEqual(conflict('STALE_VERSION'));
    expect(response.body.details.current).toMatchObject({ title: 'First', version: 2 });
  });

  it('refuses several symbols, a malformed or null one, null kind; 404; 409 on a symbol clash', async () => {
    const stored = await createDocument(t.prisma, { symbol: 'A/62/307' });
    await createDocument(t.prisma, { symbol: 'A/62/308' });
    const patch = (id: number, body: object) =>
      request(t.server)
        .patch(`/api/documents/${id}`)
        .send({ version: 1, ...body });
    expect((await patch(stored.id, { symbol: 'A/62/307 and Corr.3' }).expect(400)).body).toEqual(
      validationError({ symbol: EXPECTED_SHAPE }),
    );
    expect((await patch(stored.id, { symbol: null }).expect(400)).body).toEqual(validationError({ symbol: expect.any(String) }));
    expect((await patch(stored.id, { kind: null }).expect(400)).body).toEqual(validationError({ kind: expect.any(String) }));
    expect((await patch(stored.id, { recorded: [] }).expect(400)).body).toEqual(validationError({ recorded: expect.any(String) }));
    expect((await patch(999999, { title: 'x' }).expect(404)).body).toEqual(notFound);
    expect((await patch(stored.id, { symbol: 'a/62/308' }).expect(409)).body).toEqual(conflict('DUPLICATE'));
    expect((await t.prisma.document.findUniqueOrThrow({ where: { id: stored.id } })).version).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'Document', entityId: String(stored.id) } })).toBe(0);
  });
});

describe('DELETE /api/documents/:id', () => {
  it('deletes the document and its links, auditing both, then answers 404', async () => {
    const document = await createDocument(t.prisma);
    const obligation = await createObligation(t.prisma);
    const link = await t.prisma.obligationDocument.create({
      data: { obligationId: obligation.id, documentId: document.id, relation: 'FULFILS' },
    });
    const response = await (await t.actingAs('jane.doe')).delete(`/api/documents/${document.id}`).expect(200);
    expect(response.body).toMatchObject({ id: document.id, obligations: [expect.objectContaining({ id: link.id })] });
    expect(await t.prisma.obligationDocument.count()).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'Document', action: 'DELETE', entityId: String(document.id) } })).toBe(1);
    expect(
      await t.prisma.auditEvent.count({
        where: { entityType: 'ObligationDocument', action: 'DELETE', entityId: String(link.id), actor: 'jane.doe' },
      }),
    ).toBe(1);
    expect((await request(t.server).delete(`/api/documents/${document.id}`).expect(404)).body).toEqual(notFound);
  });
});
