import request from 'supertest';
import { Prisma } from '../src/generated/prisma/client';
import { OBLIGATION_VECTOR, PARAGRAPH_VECTOR, RESOLUTION_VECTOR } from '../src/search/search.repository';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
});

interface Hit {
  kind: string;
  id: number;
  resolutionId: number;
  resolutionSymbol: string;
  label: string;
  obligationKind: string | null;
  snippet: string;
  rank: number;
  target: { resource: string; id: number };
}

const search = async (query: Record<string, string | number>): Promise<Hit[]> =>
  (await request(t.server).get('/api/search').query(query).expect(200)).body;

async function createParagraph(resolutionId: number, number: number, text: string) {
  return t.prisma.paragraph.create({ data: { resolutionId, eId: `para_${number}`, kind: 'OPERATIVE', number, position: number, text } });
}

describe('GET /api/search', () => {
  it('ranks resolutions, obligations and paragraphs that match, with <mark>ed snippets and where to open them', async () => {
    const mineAction = await createResolution(t.prisma, { title: 'Assistance in mine action' });
    const oceans = await createResolution(t.prisma, { title: 'Oceans and the law of the sea' });
    const paragraph = await createParagraph(oceans.id, 7, 'Encourages States to support mine action programmes in coastal areas;');
    const obligation = await createObligation(t.prisma, {
      resolutionId: oceans.id,
      quote: 'Requests the Secretary-General to report on mine action at its next session',
    });
    await createParagraph(oceans.id, 8, 'Welcomes the work of the International Seabed Authority;');

    const hits = await search({ q: 'mine action' });
    expect(hits.map((hit) => [hit.kind, hit.id])).toEqual([
      ['resolution', mineAction.id],
      ['obligation', obligation.id],
      ['paragraph', paragraph.id],
    ]);
    expect(hits[0]).toMatchObject({
      resolutionId: mineAction.id,
      resolutionSymbol: mineAction.symbol,
      label: 'Assistance in mine action',
      snippet: 'Assistance in <mark>mine</mark> <mark>action</mark>',
      obligationKind: null,
      target: { resource: 'resolutions', id: mineAction.id },
    });
    expect(hits[1]).toMatchObject({
      resolutionSymbol: oceans.symbol,
      label: 'para. 23 · Secretary-General',
      obligationKind: 'REPORT',
      target: { resource: 'obligations', id: obligation.id },
    });
    expect(hits[2]).toMatchObject({
      label: 'para. 7',
      snippet: 'Encourages States to support <mark>mine</mark> <mark>action</mark> programmes in coastal areas;',
      target: { resource: 'resolutions', id: oceans.id },
    });
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
    expect(hits[1]!.rank).toBeGreaterThan(hits[2]!.rank);
  });

  it('matches word forms and web search syntax, and never answers a syntax error', async () => {
    const resolution = await createResolution(t.prisma, { title: 'Oceans and the law of the sea' });
    await createParagraph(resolution.id, 3, 'Requests the Secretary-General to submit reports on mine clearance;');
    expect((await search({ q: 'report' })).map((hit) => hit.kind)).toContain('paragraph');
    expect(await search({ q: '"clearance mine"' })).toEqual([]);
    expect(await search({ q: 'mine -clearance' })).toEqual([]);
    expect(await search({ q: 'ocean OR nothingatall' })).toEqual([
      expect.objectContaining({ kind: 'resolution', snippet: expect.stringContaining('<mark>Oceans</mark> and the law of the sea') }),
    ]);
    for (const q of ['(((', 'mine & | ! :*', "o'brien\\", '"unclosed', 'the']) {
      await request(t.server).get('/api/search').query({ q }).expect(200);
    }
  });

  it('searches the actor and agenda item title of obligations and keeps to the limit', async () => {
    const agenda = await createObligation(t.prisma, {
      kind: 'AGENDA_ITEM',
      actor: 'General Assembly',
      quote: 'Decides to include in the provisional agenda the item',
      agendaItemTitle: 'Assistance in demining',
    });
    const [hit] = await search({ q: 'demining' });
    expect(hit).toMatchObject({ kind: 'obligation', id: agenda.id });
    // The words are not in the clause: the snippet shows all that was searched, agenda item title included.
    expect(hit?.snippet).toContain('Assistance in <mark>demining</mark>');
    await createResolution(t.prisma, { title: 'Demining one' });
    await createResolution(t.prisma, { title: 'Demining two' });
    expect(await search({ q: 'demining', limit: 2 })).toHaveLength(2);
    expect(await search({ q: 'demining', limit: '3' })).toHaveLength(3);
  });

  it('refuses a missing, blank or over-long q and a limit out of range, naming the field', async () => {
    const bad = async (query: Record<string, string>, field: string) =>
      expect((await request(t.server).get('/api/search').query(query).expect(400)).body).toEqual(
        validationError({ [field]: expect.any(String) }),
      );
    await bad({}, 'q');
    await bad({ q: '' }, 'q');
    await bad({ q: '   ' }, 'q');
    await bad({ q: 'x'.repeat(201) }, 'q');
    await bad({ q: 'mine', limit: '0' }, 'limit');
    await bad({ q: 'mine', limit: '101' }, 'limit');
    await bad({ q: 'mine', limit: 'ten' }, 'limit');
    await bad({ q: 'mine', page: '2' }, 'page');
    await request(t.server)
      .get('/api/search')
      .query({ q: 'x'.repeat(200) })
      .expect(200);
    // A NUL byte is refused like in every other text field (issue 12): PostgreSQL cannot store or compare it.
    await bad({ q: 'mine\u0000action' }, 'q');
  });
});

describe('full-text indexes', () => {
  it.each([
    ['resolution r', RESOLUTION_VECTOR, 'resolution_search_vector_idx'],
    ['paragraph p', PARAGRAPH_VECTOR, 'paragraph_search_vector_idx'],
    ['obligation o', OBLIGATION_VECTOR, 'obligation_search_vector_idx'],
  ])('%s is searched through its GIN index', async (table, vector, index) => {
    const plan = await t.prisma.$transaction(async (tx) => {
      // Tiny tables favour a sequential scan; switching it off shows whether the index can serve at all.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ 'QUERY PLAN': string }[]>`
        EXPLAIN SELECT 1 FROM ${Prisma.raw(table)} WHERE ${vector} @@ websearch_to_tsquery('english'::regconfig, ${'mine action'})`;
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(index);
  });
});

describe('GET /api/search: what people type besides words', () => {
  it('finds document symbols, short resolution symbols, offices and focal points, and labels sub-paragraphs once', async () => {
    const resolution = await createResolution(t.prisma, {
      symbol: 'A/RES/80/77',
      resolutionNumber: '77',
      title: 'Assistance in mine action',
    });
    const document = await t.prisma.document.upsert({
      where: { symbol: 'A/81/275' },
      update: {},
      create: { symbol: 'A/81/275', kind: 'REPORT', title: 'Report of the Secretary-General' },
    });
    const obligation = await createObligation(t.prisma, {
      resolutionId: resolution.id,
      responsibleOffice: 'UNMAS',
      focalPoint: 'Jane Smith',
    });
    await t.prisma.paragraph.create({
      data: {
        resolutionId: resolution.id,
        eId: 'para_3__list_1__point_c',
        kind: 'OPERATIVE',
        number: 3,
        subParagraph: '(c)',
        position: 3,
        text: 'Encourages the clearance of minefields;',
      },
    });

    const bySymbol = await search({ q: 'A/81/275' });
    expect(bySymbol[0]).toMatchObject({
      kind: 'document',
      id: document.id,
      resolutionSymbol: 'A/81/275',
      target: { resource: 'documents', id: document.id },
    });
    const byShortSymbol = await search({ q: '80/77' });
    expect(byShortSymbol[0]).toMatchObject({ kind: 'resolution', id: resolution.id, resolutionSymbol: 'A/RES/80/77' });
    expect((await search({ q: 'unmas' })).map((hit) => [hit.kind, hit.id])).toContainEqual(['obligation', obligation.id]);
    expect((await search({ q: 'Jane Smith' })).map((hit) => [hit.kind, hit.id])).toContainEqual(['obligation', obligation.id]);
    const paragraph = (await search({ q: 'minefields' })).find((hit) => hit.kind === 'paragraph');
    expect(paragraph?.label).toBe('para. 3 (c)');
  });
});
