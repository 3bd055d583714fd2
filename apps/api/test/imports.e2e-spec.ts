import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { fixturesDir, seedFiles, seedText } from './support/seeds';
import { validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp({ BODY_LIMIT_BYTES: String(200 * 1024) });

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
  await t.prisma.document.deleteMany();
});

const commit = (text: string, obligations: object[] = []) => request(t.server).post('/api/imports/commit').send({ text, obligations });

describe('POST /api/imports (preview)', () => {
  it('parses pasted text and writes nothing', async () => {
    const response = await request(t.server)
      .post('/api/imports')
      .send({ text: seedText('A_RES_57_159.pdf.txt') })
      .expect(200);
    expect(response.body.resolution).toMatchObject({
      symbol: 'A/RES/57/159',
      body: 'GENERAL_ASSEMBLY',
      sessionNumber: 57,
      title: 'Assistance in mine action',
      adoptedOn: '2002-12-16',
    });
    expect(response.body.obligations.map((o: { paragraph: string; kind: string }) => `${o.paragraph}:${o.kind}`)).toEqual(
      expect.arrayContaining(['23:REPORT', '24:AGENDA_ITEM']),
    );
    expect(response.body.existing).toBeNull();
    expect(await t.prisma.resolution.count()).toBe(0);
  });

  it.each(readdirSync(path.join(fixturesDir, 'ok')))('reads the uploaded file %s by its content', async (file) => {
    const response = await request(t.server)
      .post('/api/imports')
      .attach('file', path.join(fixturesDir, 'ok', file), 'upload.bin')
      .expect(200);
    const expected = file.replace(/\.(pdf|docx)$/, '').replace(/^A_RES_(\d+)_(\d+)$/, 'A/RES/$1/$2');
    expect(response.body.resolution.symbol).toBe(expected);
    expect(response.body.obligations.length).toBeGreaterThan(0);
  });

  it.each([
    ['not-a-resolution.txt', 'NOT_A_RESOLUTION', /symbol/],
    ['random-bytes.bin', 'UNREADABLE_FILE', /binary/],
    ['broken.docx', 'UNREADABLE_FILE', /ZIP|Word/],
    ['broken.pdf', 'UNREADABLE_FILE', /PDF/],
    ['scan-without-text.pdf', 'UNREADABLE_FILE', /no text/],
  ])('refuses %s with %s', async (file, error, message) => {
    const response = await request(t.server)
      .post('/api/imports')
      .attach('file', path.join(fixturesDir, 'not-ok', file))
      .expect(422);
    expect(response.body).toMatchObject({ statusCode: 422, error, message: expect.stringMatching(message) });
    expect(await t.prisma.resolution.count()).toBe(0);
  });

  it('refuses an upload over the size limit, and a request without text or file', async () => {
    const huge = Buffer.alloc(300 * 1024, 'a');
    const tooLarge = await request(t.server).post('/api/imports').attach('file', huge, 'huge.txt').expect(413);
    expect(tooLarge.body).toMatchObject({ statusCode: 413, error: 'PAYLOAD_TOO_LARGE' });
    expect((await request(t.server).post('/api/imports').send({}).expect(400)).body).toEqual(validationError({ text: expect.any(String) }));
  });
});

describe('POST /api/imports/commit', () => {
  it('stores the resolution, paragraphs, obligations and acknowledged documents in one go, once', async () => {
    const first = await commit(seedText('A_RES_62_99.pdf.txt')).expect(201);
    expect(first.body).toMatchObject({ outcome: 'created', symbol: 'A/RES/62/99', obligationsCreated: 2 });
    const resolution = await t.prisma.resolution.findUniqueOrThrow({
      where: { symbol: 'A/RES/62/99' },
      include: { paragraphs: true, obligations: true },
    });
    expect(resolution.paragraphs.find((p) => p.eId === 'para_10')).toBeDefined();
    expect(resolution.obligations.map((o) => [o.paragraphRef, o.kind, o.dueSession, o.reviewState])).toEqual(
      expect.arrayContaining([
        ['10', 'REPORT', 64, 'NEEDS_REVIEW'],
        ['11', 'AGENDA_ITEM', 64, 'NEEDS_REVIEW'],
      ]),
    );
    expect(resolution.obligations.every((o) => o.paragraphId !== null)).toBe(true);
    expect(await t.prisma.document.findMany({ where: { symbol: { in: ['A/62/307', 'A/62/307/Corr.3'] } } })).toHaveLength(2);

    const events = await t.prisma.auditEvent.count();
    const again = await commit(seedText('A_RES_62_99.pdf.txt')).expect(201);
    expect(again.body).toEqual({ outcome: 'unchanged', resolutionId: resolution.id, symbol: 'A/RES/62/99' });
    expect(await t.prisma.auditEvent.count()).toBe(events);
  });

  it('applies the reviewer’s decisions and corrections', async () => {
    const preview = await request(t.server)
      .post('/api/imports')
      .send({ text: seedText('A_RES_62_99.pdf.txt') })
      .expect(200);
    const [report, agenda] = preview.body.obligations as { eId: string; kind: string }[];
    await commit(preview.body.text, [
      { eId: report?.eId, reviewState: 'CONFIRMED' },
      { eId: agenda?.eId, dueSession: 65 },
    ]).expect(201);
    const stored = await t.prisma.obligation.findMany({ orderBy: { paragraphRef: 'asc' } });
    expect(stored.map((o) => [o.eId, o.reviewState, o.dueSession])).toEqual([
      [report?.eId, 'CONFIRMED', 64],
      [agenda?.eId, 'CONFIRMED', 65],
    ]);
  });

  it('keeps reviewed obligations when a new version arrives, and shows what changes', async () => {
    const text = seedText('A_RES_57_159.pdf.txt');
    await commit(text).expect(201);
    const report = await t.prisma.obligation.findFirstOrThrow({ where: { paragraphRef: '23' } });
    await request(t.server)
      .patch(`/api/obligations/${report.id}`)
      .send({ reviewState: 'CONFIRMED', responsibleOffice: 'UNMAS', version: 1 })
      .expect(200);

    const revised = text.replace('Assistance in mine action', 'Assistance in mine action and mine clearance');
    const preview = await request(t.server).post('/api/imports').send({ text: revised }).expect(200);
    expect(preview.body.existing).toMatchObject({
      outcome: 'changed',
      changedFields: [{ field: 'title', before: 'Assistance in mine action', after: 'Assistance in mine action and mine clearance' }],
    });
    expect(preview.body.existing.obligations.keptReviewed).toEqual([report.eId]);

    const updated = await commit(revised).expect(201);
    expect(updated.body).toMatchObject({ outcome: 'updated', obligationsKept: 1 });
    const kept = await t.prisma.obligation.findUniqueOrThrow({ where: { id: report.id } });
    expect(kept).toMatchObject({ reviewState: 'CONFIRMED', responsibleOffice: 'UNMAS', version: 2 });
    expect(kept.paragraphId).not.toBeNull();
    // The import records the rows it stored; the column PostgreSQL generates for the words filter is not one of their fields.
    const history = await request(t.server).get(`/api/obligations/${report.id}/history`).expect(200);
    const created = (history.body as { entityType: string; action: string; after: object }[]).find((e) => e.entityType === 'Obligation');
    expect(created).toMatchObject({ action: 'CREATE', after: { paragraphRef: '23', quote: expect.any(String) } });
    expect(Object.keys(created?.after ?? {})).not.toContain('searchWords');
  });

  it('stores a Security Council resolution, which has no title of its own, with its deadline in days', async () => {
    const text = [
      'United Nations S/RES/2720 (2023)',
      'Security Council Distr.: General 22 December 2023',
      'Resolution 2720 (2023)',
      'Adopted by the Security Council at its 9520th meeting, on 22 December 2023',
      '',
      'The Security Council,',
      '',
      'Recalling its resolution 2712 (2023),',
      '',
      '1. Requests the Secretary-General to report to the Security Council on the implementation of this resolution within 90 days;',
      '',
      '2. Decides to remain actively seized of the matter.',
    ].join('\n');
    const response = await commit(text).expect(201);
    expect(response.body).toMatchObject({ outcome: 'created', symbol: 'S/RES/2720 (2023)' });
    const stored = await t.prisma.resolution.findUniqueOrThrow({ where: { symbol: 'S/RES/2720 (2023)' }, include: { obligations: true } });
    expect(stored).toMatchObject({ body: 'SECURITY_COUNCIL', title: 'Security Council resolution 2720 (2023)' });
    expect(stored.obligations.map((o) => [o.kind, o.actor, o.dueDate?.toISOString().slice(0, 10)])).toEqual([
      ['REPORT', 'Secretary-General', '2024-03-21'],
    ]);
  });

  it('stores when a mandate runs out and whether the resolution provides for its review', async () => {
    // The same text the browser journey imports (apps/admin/e2e/resolutions.e2e-spec.ts).
    const text = readFileSync(path.join(__dirname, 'fixtures', 'review-clause', 'S_RES_2721_2023.txt'), 'utf8');
    const response = await commit(text).expect(201);
    const stored = await t.prisma.resolution.findUniqueOrThrow({ where: { symbol: 'S/RES/2721 (2023)' }, include: { obligations: true } });
    expect(stored.obligations.map((o) => [o.paragraphRef, o.kind, o.actor, o.dueDate?.toISOString().slice(0, 10)])).toEqual([
      ['1', 'MANDATE_RENEWAL', 'Security Council', '2025-03-17'],
    ]);
    const shown = await request(t.server)
      .get(`/api/resolutions/${response.body.resolutionId ?? stored.id}`)
      .expect(200);
    expect(shown.body).toMatchObject({
      hasReviewClause: true,
      reviewClauses: [{ paragraph: '2', kind: 'REVIEW', quote: expect.stringContaining('intention to review the mandate') }],
    });
    const renewals = await request(t.server)
      .get('/api/obligations')
      .query({ filter: JSON.stringify({ kind: 'MANDATE_RENEWAL' }) })
      .expect(200);
    expect(renewals.body.map((o: { paragraphRef: string }) => o.paragraphRef)).toEqual(['1']);
  });

  it('stores every field the reviewer corrected, the paragraph and strength included', async () => {
    const preview = await request(t.server)
      .post('/api/imports')
      .send({ text: seedText('A_RES_62_99.pdf.txt') })
      .expect(200);
    const [report] = preview.body.obligations as { eId: string }[];
    await commit(preview.body.text, [
      {
        eId: report?.eId,
        kind: 'AGENDA_ITEM',
        actor: 'Mine Action Service',
        recipient: 'Fourth Committee',
        strength: 'hortatory',
        dueBody: 'GENERAL_ASSEMBLY',
        dueSession: 66,
        dueDate: '2011-09-07',
        recurrence: 'biennial',
        agendaItemTitle: 'Assistance in mine action',
        paragraph: '10 (a)',
      },
    ]).expect(201);
    const stored = await t.prisma.obligation.findFirstOrThrow({ where: { eId: report?.eId } });
    expect(stored).toMatchObject({
      kind: 'AGENDA_ITEM',
      actor: 'Mine Action Service',
      recipient: 'Fourth Committee',
      strength: 'HORTATORY',
      dueBody: 'GENERAL_ASSEMBLY',
      dueSession: 66,
      recurrence: 'biennial',
      agendaItemTitle: 'Assistance in mine action',
      paragraphRef: '10 (a)',
      reviewState: 'CONFIRMED',
    });
    expect(stored.dueDate?.toISOString().slice(0, 10)).toBe('2011-09-07');
  });

  it('refuses a paragraph not written as printed, naming it', async () => {
    const preview = await request(t.server)
      .post('/api/imports')
      .send({ text: seedText('A_RES_62_99.pdf.txt') })
      .expect(200);
    const [report] = preview.body.obligations as { eId: string }[];
    const response = await commit(preview.body.text, [{ eId: report?.eId, paragraph: 'para. 10' }]).expect(400);
    expect(response.body).toEqual(validationError({ 'obligations.0.paragraph': expect.stringContaining('4 (b)') }));
    expect(await t.prisma.resolution.count()).toBe(0);
  });

  it('answers which follow-up links the import made, as people cite them', async () => {
    const first = await commit(seedText('A_RES_57_159.pdf.txt')).expect(201);
    expect(first.body).toMatchObject({ links: 0, linksMade: [] });
    const second = await commit(seedText('A_RES_58_127.doc.txt')).expect(201);
    expect(second.body.links).toBe(second.body.linksMade.length);
    expect(second.body.linksMade).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          obligation: 'A/RES/57/159, para. 23',
          document: 'A/58/260',
          evidence: expect.stringContaining('A/RES/58/127'),
        }),
        expect.objectContaining({ obligation: 'A/RES/57/159, para. 24', document: 'A/RES/58/127' }),
      ]),
    );
  });

  it('refuses malformed decisions, naming each field', async () => {
    const response = await commit(seedText('A_RES_62_99.pdf.txt'), [
      { eId: 'Para 10', dueSession: 'sixty-fourth', reviewState: 'MAYBE', colour: 'red' },
    ]).expect(400);
    expect(response.body).toEqual(
      validationError({
        'obligations.0.eId': expect.any(String),
        'obligations.0.dueSession': expect.any(String),
        'obligations.0.reviewState': expect.any(String),
        'obligations.0.colour': expect.any(String),
      }),
    );
    expect(await t.prisma.resolution.count()).toBe(0);
  });

  it('refuses text that is not a resolution and writes nothing', async () => {
    const response = await commit('Minutes of the coffee committee').expect(422);
    expect(response.body).toMatchObject({ error: 'NOT_A_RESOLUTION' });
    expect(await t.prisma.resolution.count()).toBe(0);
  });
});

describe('follow-up links', () => {
  async function linksOf(symbol: string) {
    const obligations = await t.prisma.obligation.findMany({
      where: { resolution: { symbol } },
      include: { documents: { include: { document: true, evidenceResolution: true } } },
      orderBy: { id: 'asc' },
    });
    return obligations.flatMap((o) =>
      o.documents.map((l) => ({
        paragraph: o.paragraphRef,
        document: l.document.symbol,
        evidence: l.evidenceResolution?.symbol,
        evidenceParagraph: l.evidenceParagraph,
        origin: l.origin,
      })),
    );
  }

  it.each([
    ['oldest first', (files: string[]) => files],
    ['newest first', (files: string[]) => [...files].reverse()],
  ])('after importing the five seeds (%s), 57/159 paras 23 and 24 are proven and the rest are open', async (_order, arrange) => {
    for (const file of arrange(seedFiles())) await commit(seedText(file)).expect(201);
    expect(await linksOf('A/RES/57/159')).toEqual(
      expect.arrayContaining([
        { paragraph: '23', document: 'A/58/260', evidence: 'A/RES/58/127', evidenceParagraph: '1', origin: 'AUTOMATIC' },
        { paragraph: '24', document: 'A/RES/58/127', evidence: 'A/RES/58/127', evidenceParagraph: null, origin: 'AUTOMATIC' },
      ]),
    );
    const proven = new Set((await linksOf('A/RES/57/159')).map((l) => l.paragraph));
    expect([...proven].sort()).toEqual(['23', '24']);
    for (const symbol of ['A/RES/58/127', 'A/RES/58/53', 'A/RES/62/99', 'A/RES/78/70']) expect(await linksOf(symbol)).toEqual([]);
    const overdue = await request(t.server).get('/api/obligations').query({ filter: '{"overdue":true}', range: '[0,99]' }).expect(200);
    const overdueRefs = overdue.body.map(
      (o: { resolution: { symbol: string }; paragraphRef: string }) => `${o.resolution.symbol} ${o.paragraphRef}`,
    );
    expect(overdueRefs).not.toContain('A/RES/57/159 23');
    expect(overdueRefs).not.toContain('A/RES/57/159 24');
    expect(overdueRefs).toEqual(expect.arrayContaining(['A/RES/58/127 26', 'A/RES/62/99 10', 'A/RES/62/99 11']));
  });
});

describe('documents an import records', () => {
  it('are audited as the documents form audits its own: one CREATE each, by the importer', async () => {
    const importer = await t.userWithRole('SECRETARIAT_EDITOR', { displayName: 'importer' });
    for (const file of seedFiles()) await commit(seedText(file)).set('Authorization', `Bearer ${importer.token}`).expect(201);
    const documents = await t.prisma.document.findMany();
    // Acknowledged by a resolution (A/58/260) and found by the follow-up linker (A/RES/58/127).
    expect(documents.map((d) => d.symbol)).toEqual(expect.arrayContaining(['A/58/260', 'A/RES/58/127']));
    const events = await t.prisma.auditEvent.findMany({
      where: { entityType: 'Document', entityId: { in: documents.map((d) => String(d.id)) } },
    });
    expect(events.map((e) => [e.entityId, e.action, e.actor]).sort()).toEqual(
      documents.map((d) => [String(d.id), 'CREATE', 'importer']).sort(),
    );
    const symbolOf = new Map(documents.map((d) => [String(d.id), d.symbol]));
    for (const event of events) expect(event.after).toMatchObject({ symbol: symbolOf.get(event.entityId), version: 1 });
  });
});

describe('GET /api/resolutions/:id/series', () => {
  it('places the mine-action resolutions on one timeline, recalled ones not yet imported included', async () => {
    for (const file of seedFiles()) await commit(seedText(file)).expect(201);
    const resolution = await t.prisma.resolution.findUniqueOrThrow({ where: { symbol: 'A/RES/58/127' } });
    const response = await request(t.server).get(`/api/resolutions/${resolution.id}/series`).expect(200);
    const timeline = response.body.map(
      (entry: { symbol: string; place: string; id: number | null }) =>
        `${entry.symbol}:${entry.place}:${entry.id === null ? 'missing' : 'stored'}`,
    );
    expect(timeline).toEqual(
      expect.arrayContaining(['A/RES/56/219:earlier:missing', 'A/RES/57/159:earlier:stored', 'A/RES/58/127:this:stored']),
    );
    expect(timeline.indexOf('A/RES/57/159:earlier:stored')).toBeLessThan(timeline.indexOf('A/RES/58/127:this:stored'));
    expect((await request(t.server).get('/api/resolutions/999999/series').expect(404)).body).toMatchObject({ error: 'NOT_FOUND' });
    const inSeries = await request(t.server)
      .get('/api/obligations')
      .query({ filter: JSON.stringify({ series: resolution.id }), range: '[0,99]' })
      .expect(200);
    expect(new Set(inSeries.body.map((o: { resolution: { symbol: string } }) => o.resolution.symbol))).toEqual(
      // 62/99 and 78/70 join by their agenda item (test/series.e2e-spec.ts).
      new Set(['A/RES/57/159', 'A/RES/58/127', 'A/RES/62/99', 'A/RES/78/70']),
    );
  });
});
