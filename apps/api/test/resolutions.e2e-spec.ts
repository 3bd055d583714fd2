import request from 'supertest';
import { createDocument } from './factories/document.factory';
import { createObligation } from './factories/obligation.factory';
import { buildResolution, createResolution } from './factories/resolution.factory';
import { conflict, notFound, validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp({ BODY_LIMIT_BYTES: String(64 * 1024) });

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
});

describe('GET /api/resolutions', () => {
  it('pages, sorts and reports the span in Content-Range', async () => {
    for (const n of [1, 2, 3]) await createResolution(t.prisma, { title: `Title ${n}`, symbol: `A/RES/60/${n}`, sessionNumber: 60 });
    const response = await request(t.server).get('/api/resolutions').query({ sort: '["title","DESC"]', range: '[0,1]' }).expect(200);
    expect(response.headers['content-range']).toBe('resolutions 0-1/3');
    expect(response.body.map((r: { title: string }) => r.title)).toEqual(['Title 3', 'Title 2']);
    expect(response.body[0]).not.toHaveProperty('sourceText');
    expect(response.body[0].undocsUrl).toBe('https://undocs.org/en/A/RES/60/3');
  });

  it('filters by words in symbol or title, body, session and ids', async () => {
    const mine = await createResolution(t.prisma, { title: 'Assistance in mine action', symbol: 'A/RES/58/127', sessionNumber: 58 });
    await createResolution(t.prisma, { title: 'Oceans and the law of the sea', symbol: 'A/RES/58/240', sessionNumber: 58 });
    await createResolution(t.prisma, { title: 'Assistance in mine action', symbol: 'A/RES/62/99', sessionNumber: 62 });

    const byWords = await request(t.server).get('/api/resolutions').query({ filter: '{"q":"MINE action"}' }).expect(200);
    expect(byWords.body).toHaveLength(2);
    const bySession = await request(t.server).get('/api/resolutions').query({ filter: '{"q":"mine","sessionNumber":58}' }).expect(200);
    expect(bySession.body.map((r: { symbol: string }) => r.symbol)).toEqual(['A/RES/58/127']);
    const bySymbol = await request(t.server).get('/api/resolutions').query({ filter: '{"q":"a/res/62/99"}' }).expect(200);
    expect(bySymbol.body.map((r: { symbol: string }) => r.symbol)).toEqual(['A/RES/62/99']);
    const byIds = await request(t.server)
      .get('/api/resolutions')
      .query({ filter: JSON.stringify({ id: [mine.id] }) })
      .expect(200);
    expect(byIds.body.map((r: { id: number }) => r.id)).toEqual([mine.id]);
    const none = await request(t.server).get('/api/resolutions').query({ filter: '{"body":"SECURITY_COUNCIL"}' }).expect(200);
    expect(none.headers['content-range']).toBe('resolutions 0-0/0');
  });

  it('filters by adoption date range', async () => {
    await createResolution(t.prisma, { adoptedOn: '2002-12-16' });
    await createResolution(t.prisma, { adoptedOn: '2003-12-19' });
    const response = await request(t.server)
      .get('/api/resolutions')
      .query({ filter: '{"adoptedFrom":"2003-01-01","adoptedTo":"2003-12-31"}' })
      .expect(200);
    expect(response.body.map((r: { adoptedOn: string }) => r.adoptedOn)).toEqual(['2003-12-19']);
  });

  it.each([
    [{ sort: '["sourceText","ASC"]' }, 'sort'],
    [{ sort: 'title' }, 'sort'],
    [{ range: '[5,1]' }, 'range'],
    [{ range: '[0,5000]' }, 'range'],
    [{ filter: '{"colour":"red"}' }, 'filter.colour'],
    [{ filter: '{"sessionNumber":"fifty"}' }, 'filter.sessionNumber'],
    [{ filter: '[1]' }, 'filter'],
    [{ unknown: '1' }, 'unknown'],
  ])('refuses %j naming %s', async (query, field) => {
    const response = await request(t.server).get('/api/resolutions').query(query).expect(400);
    expect(response.body).toEqual(validationError({ [field]: expect.any(String) }));
  });
});

describe('GET /api/resolutions/:id', () => {
  it('returns the record with its source text', async () => {
    const stored = await createResolution(t.prisma, { sourceText: 'The General Assembly, ...' });
    const response = await request(t.server).get(`/api/resolutions/${stored.id}`).expect(200);
    expect(response.body).toMatchObject({
      id: stored.id,
      symbol: stored.symbol,
      sourceText: 'The General Assembly, ...',
      adoptedOn: '2002-12-16',
      version: 1,
    });
  });

  it('links a Security Council resolution to its official address, year without the space', async () => {
    const stored = await createResolution(t.prisma, { symbol: 'S/RES/1325 (2000)', body: 'SECURITY_COUNCIL', sessionNumber: null });
    const response = await request(t.server).get(`/api/resolutions/${stored.id}`).expect(200);
    expect(response.body.undocsUrl).toBe('https://undocs.org/en/S/RES/1325(2000)');
  });

  it('answers 404 for a missing record and 400 for a malformed id', async () => {
    expect((await request(t.server).get('/api/resolutions/999999').expect(404)).body).toEqual(notFound);
    expect((await request(t.server).get('/api/resolutions/abc').expect(400)).body).toEqual(
      validationError({ id: expect.stringContaining('abc') }),
    );
  });
});

describe('POST /api/resolutions', () => {
  it('creates a resolution with a normalised symbol, a checksum and an audit event', async () => {
    const input = buildResolution({ symbol: 'a/res/57/ 159', sourceText: 'abc', committeeReport: 'A/57/514' });
    const response = await (await t.actingAs('jane.doe')).post('/api/resolutions').send(input).expect(201);
    expect(response.body).toMatchObject({
      symbol: 'A/RES/57/159',
      version: 1,
      checksum: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    const events = await t.prisma.auditEvent.findMany({ where: { entityType: 'Resolution', entityId: String(response.body.id) } });
    expect(events).toEqual([expect.objectContaining({ action: 'CREATE', actor: 'jane.doe', before: null })]);
  });

  it('answers 409 for a duplicate symbol and writes nothing', async () => {
    await request(t.server)
      .post('/api/resolutions')
      .send(buildResolution({ symbol: 'A/RES/57/159' }))
      .expect(201);
    const eventsBefore = await t.prisma.auditEvent.count();
    const response = await request(t.server)
      .post('/api/resolutions')
      .send(buildResolution({ symbol: 'a/res/57/159' }))
      .expect(409);
    expect(response.body).toEqual(conflict('DUPLICATE'));
    expect(await t.prisma.resolution.count()).toBe(1);
    expect(await t.prisma.auditEvent.count()).toBe(eventsBefore);
  });

  it.each([
    [{ colour: 'red' }, 'colour'],
    [{ symbol: 'not a symbol' }, 'symbol'],
    [{ symbol: 'A/57/430' }, 'symbol'],
    [{ sessionNumber: 'fifty-seventh' }, 'sessionNumber'],
    [{ body: 'UNICEF' }, 'body'],
    [{ adoptedOn: '2002-02-30' }, 'adoptedOn'],
    [{ adoptedOn: '16 December 2002' }, 'adoptedOn'],
    [{ title: '' }, 'title'],
    [{ committeeReport: 'report 514' }, 'committeeReport'],
  ])('refuses %j naming the field %s', async (override, field) => {
    const response = await request(t.server)
      .post('/api/resolutions')
      .send({ ...buildResolution(), ...override })
      .expect(400);
    expect(response.body).toEqual(validationError({ [field]: expect.any(String) }));
    expect(await t.prisma.resolution.count()).toBe(0);
  });

  it('refuses a missing required field, malformed JSON and an oversized body', async () => {
    const { title: _omitted, ...withoutTitle } = buildResolution();
    expect((await request(t.server).post('/api/resolutions').send(withoutTitle).expect(400)).body).toEqual(
      validationError({ title: expect.any(String) }),
    );
    const malformed = await request(t.server)
      .post('/api/resolutions')
      .set('Content-Type', 'application/json')
      .send('{"symbol":')
      .expect(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, error: 'MALFORMED_REQUEST' });
    const huge = await request(t.server)
      .post('/api/resolutions')
      .send(buildResolution({ sourceText: 'x'.repeat(100 * 1024) }))
      .expect(413);
    expect(huge.body).toMatchObject({ statusCode: 413, error: 'PAYLOAD_TOO_LARGE', message: expect.any(String), details: null });
    expect(await t.prisma.resolution.count()).toBe(0);
  });
});

describe('PATCH /api/resolutions/:id', () => {
  it('changes the fields sent, bumps the version and records before and after', async () => {
    const stored = await createResolution(t.prisma);
    const response = await request(t.server)
      .patch(`/api/resolutions/${stored.id}`)
      .send({ title: 'New title', adoptedOn: null, version: 1 })
      .expect(200);
    expect(response.body).toMatchObject({ title: 'New title', adoptedOn: null, version: 2, symbol: stored.symbol });
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'Resolution', entityId: String(stored.id), action: 'UPDATE' },
    });
    expect(event.before).toMatchObject({ title: stored.title });
    expect(event.after).toMatchObject({ title: 'New title' });
  });

  it('corrects the Main Committee read at import, clears it with null, and refuses one that does not exist', async () => {
    const stored = await createResolution(t.prisma);
    const set = await request(t.server)
      .patch(`/api/resolutions/${stored.id}`)
      .send({ mainCommittee: 'FIRST', version: stored.version })
      .expect(200);
    expect(set.body).toMatchObject({ mainCommittee: 'FIRST' });
    const cleared = await request(t.server)
      .patch(`/api/resolutions/${stored.id}`)
      .send({ mainCommittee: null, version: set.body.version })
      .expect(200);
    expect(cleared.body).toMatchObject({ mainCommittee: null });
    expect(
      (
        await request(t.server)
          .patch(`/api/resolutions/${stored.id}`)
          .send({ mainCommittee: 'SEVENTH', version: cleared.body.version })
          .expect(400)
      ).body,
    ).toEqual(validationError({ mainCommittee: expect.stringContaining('PLENARY') }));
  });

  it('answers 409 with the current record when the version is stale', async () => {
    const stored = await createResolution(t.prisma);
    await request(t.server).patch(`/api/resolutions/${stored.id}`).send({ title: 'First', version: 1 }).expect(200);
    const response = await request(t.server).patch(`/api/resolutions/${stored.id}`).send({ title: 'Second', version: 1 }).expect(409);
    expect(response.body).toEqual(conflict('STALE_VERSION'));
    expect(response.body.details.current).toMatchObject({ title: 'First', version: 2 });
  });

  it('refuses null for a required field, unknown fields, and answers 404 and 409 on symbol clash', async () => {
    const stored = await createResolution(t.prisma, { symbol: 'A/RES/57/1' });
    await createResolution(t.prisma, { symbol: 'A/RES/57/2' });
    expect((await request(t.server).patch(`/api/resolutions/${stored.id}`).send({ title: null, version: 1 }).expect(400)).body).toEqual(
      validationError({ title: expect.any(String) }),
    );
    expect((await request(t.server).patch(`/api/resolutions/${stored.id}`).send({ checksum: 'x', version: 1 }).expect(400)).body).toEqual(
      validationError({ checksum: expect.any(String) }),
    );
    expect((await request(t.server).patch('/api/resolutions/999999').send({ title: 'x', version: 1 }).expect(404)).body).toEqual(notFound);
    expect(
      (await request(t.server).patch(`/api/resolutions/${stored.id}`).send({ symbol: 'A/RES/57/2', version: 1 }).expect(409)).body,
    ).toEqual(conflict('DUPLICATE'));
    expect((await t.prisma.resolution.findUniqueOrThrow({ where: { id: stored.id } })).version).toBe(1);
  });
});

describe('GET /api/resolutions/:id/deletion', () => {
  it('counts what deleting the resolution would take with it, and takes nothing itself', async () => {
    const resolution = await createResolution(t.prisma);
    const first = await createObligation(t.prisma, { resolutionId: resolution.id });
    await createObligation(t.prisma, { resolutionId: resolution.id, paragraphRef: '24' });
    await request(t.server).patch(`/api/obligations/${first.id}`).send({ focalPoint: 'Jane Smith', version: 1 }).expect(200);
    await request(t.server).post(`/api/obligations/${first.id}/documents`).send({ symbol: 'A/58/260' }).expect(201);
    await request(t.server).post(`/api/obligations/${first.id}/notes`).send({ text: 'Draft with OLA' }).expect(201);

    const preview = await request(t.server).get(`/api/resolutions/${resolution.id}/deletion`).expect(200);
    expect(preview.body).toEqual({
      id: resolution.id,
      symbol: resolution.symbol,
      paragraphs: 2,
      obligations: 2,
      obligationsFollowedUp: 1,
      notes: 1,
      documentLinks: 1,
      evidenceLinks: 0,
    });
    expect(await t.prisma.obligation.count({ where: { resolutionId: resolution.id } })).toBe(2);
  });

  it('counts exactly what the deletion then removes: paragraphs, obligations, notes, their links and links it proves', async () => {
    const resolution = await createResolution(t.prisma);
    const first = await createObligation(t.prisma, { resolutionId: resolution.id });
    const second = await createObligation(t.prisma, { resolutionId: resolution.id, paragraphRef: '24' });
    await request(t.server).post(`/api/obligations/${first.id}/documents`).send({ symbol: 'A/58/260' }).expect(201);
    await request(t.server).post(`/api/obligations/${first.id}/notes`).send({ text: 'Draft with OLA' }).expect(201);
    await request(t.server).post(`/api/obligations/${second.id}/notes`).send({ text: 'Asked DPPA' }).expect(201);
    await request(t.server).post(`/api/obligations/${second.id}/notes`).send({ text: 'Reply received' }).expect(201);
    // Links the resolution proves: one on another resolution's obligation (goes with it, counted as evidence), one
    // on its own obligation (goes with that obligation, counted once, among its links).
    const elsewhere = await createObligation(t.prisma);
    const report = await createDocument(t.prisma);
    const proven = {
      documentId: report.id,
      relation: 'FULFILS' as const,
      evidenceResolutionId: resolution.id,
      origin: 'AUTOMATIC' as const,
    };
    await t.prisma.obligationDocument.create({ data: { ...proven, obligationId: elsewhere.id } });
    await t.prisma.obligationDocument.create({ data: { ...proven, obligationId: second.id } });
    const untouched = await request(t.server).post(`/api/obligations/${elsewhere.id}/notes`).send({ text: 'Stays' }).expect(201);

    const counts = async () => ({
      paragraphs: await t.prisma.paragraph.count(),
      obligations: await t.prisma.obligation.count(),
      notes: await t.prisma.obligationNote.count(),
      links: await t.prisma.obligationDocument.count(),
    });
    const before = await counts();
    const preview = (await request(t.server).get(`/api/resolutions/${resolution.id}/deletion`).expect(200)).body;
    expect(preview).toMatchObject({ paragraphs: 2, obligations: 2, notes: 3, documentLinks: 2, evidenceLinks: 1 });
    await request(t.server).delete(`/api/resolutions/${resolution.id}`).expect(200);
    const after = await counts();

    expect({
      paragraphs: before.paragraphs - after.paragraphs,
      obligations: before.obligations - after.obligations,
      notes: before.notes - after.notes,
      links: before.links - after.links,
    }).toEqual({
      paragraphs: preview.paragraphs,
      obligations: preview.obligations,
      notes: preview.notes,
      links: preview.documentLinks + preview.evidenceLinks,
    });
    expect(await t.prisma.obligationNote.count({ where: { id: untouched.body.id } })).toBe(1);
  });

  it('answers 404 for a resolution that does not exist, and refuses an auditor', async () => {
    expect((await request(t.server).get('/api/resolutions/999999/deletion').expect(404)).body).toEqual(notFound);
    const resolution = await createResolution(t.prisma);
    await (await t.userWithRole('AUDITOR')).api.get(`/api/resolutions/${resolution.id}/deletion`).expect(403);
  });
});

describe('DELETE /api/resolutions/:id', () => {
  it('records the deletion of its obligations and their links in the audit trail too', async () => {
    const obligation = await createObligation(t.prisma);
    await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol: 'A/58/260' }).expect(201);
    await (await t.actingAs('ana')).delete(`/api/resolutions/${obligation.resolutionId}`).expect(200);
    const events = await t.prisma.auditEvent.findMany({ where: { action: 'DELETE', actor: 'ana' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.entityType)).toEqual(['ObligationDocument', 'Obligation', 'Resolution']);
    expect(await t.prisma.obligation.count({ where: { id: obligation.id } })).toBe(0);
  });

  it('deletes and returns the record, then answers 404', async () => {
    const stored = await createResolution(t.prisma);
    const response = await request(t.server).delete(`/api/resolutions/${stored.id}`).expect(200);
    expect(response.body).toMatchObject({ id: stored.id });
    expect((await request(t.server).delete(`/api/resolutions/${stored.id}`).expect(404)).body).toEqual(notFound);
    expect(await t.prisma.auditEvent.count({ where: { action: 'DELETE', entityId: String(stored.id) } })).toBe(1);
  });
});
