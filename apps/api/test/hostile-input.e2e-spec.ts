import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { validationError } from './support/error-bodies';
import { fixturesDir, seedText } from './support/seeds';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let obligation: { id: number; version: number; resolutionId: number };

beforeAll(async () => {
  t = await createTestApp();
  await request(t.server)
    .post('/api/imports/commit')
    .send({ text: seedText('A_RES_62_99.pdf.txt') })
    .expect(201);
  obligation = (await request(t.server).get('/api/obligations?range=[0,0]').expect(200)).body[0];
});

afterAll(async () => {
  await t.close();
});

const list = (filter: object) =>
  request(t.server)
    .get('/api/obligations')
    .query({ filter: JSON.stringify(filter) });
const patch = (body: object) =>
  request(t.server)
    .patch(`/api/obligations/${obligation.id}`)
    .send({ version: obligation.version, ...body });

describe('values that once answered 500 are a 400 naming the field', () => {
  it.each([
    ['a NUL byte in a filter', () => list({ q: 'mine\u0000' }), 'filter.q', /NUL/],
    ['a NUL byte in a text field', () => patch({ focalPoint: 'a\u0000b' }), 'focalPoint', /NUL/],
    ['a NUL byte in a query parameter', () => request(t.server).get('/api/search?q=a%00b'), 'q', /NUL/],
    ['a number beyond the column in a filter', () => list({ dueSession: 10_000_000_000 }), 'filter.dueSession', /2147483647/],
    ['an id beyond the column in a filter', () => list({ resolutionId: 10_000_000_000 }), 'filter.resolutionId', /2147483647/],
    ['version: 1e20 (not a 409)', () => patch({ version: 1e20, focalPoint: 'x' }), 'version', /2147483647/],
    [
      'JSON nested 10,000 deep',
      () =>
        request(t.server)
          .post('/api/imports/commit')
          .type('json')
          .send(readFileSync(path.join(fixturesDir, 'hostile', 'deep10000.json'), 'utf8')),
      'obligations',
      /nested deeper/,
    ],
    [
      'a __proto__ key (not "invalid JSON")',
      () =>
        request(t.server)
          .patch(`/api/obligations/${obligation.id}`)
          .type('json')
          .send(`{"version":${obligation.version},"__proto__":{"x":1}}`),
      '__proto__',
      /__proto__/,
    ],
    [
      'a blank note (not a constraint name)',
      () => request(t.server).post(`/api/obligations/${obligation.id}/notes`).send({ text: '   ' }),
      'text',
      /text is empty/,
    ],
  ])('%s', async (_case, send, field, message) => {
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.body).toEqual(validationError({ [field]: expect.stringMatching(message) }));
  });

  it.each(['kind', 'strength', 'reviewState', 'actor', 'confidence', 'status'])('null for %s in a PATCH', async (field) => {
    const response = await patch({ [field]: null }).expect(400);
    expect(response.body).toEqual(validationError({ [field]: expect.stringContaining('cannot be null') }));
  });

  it.each(['sourceText', 'sourceFormat'])('null for the resolution’s %s in a PATCH', async (field) => {
    const response = await request(t.server)
      .patch(`/api/resolutions/${obligation.resolutionId}`)
      .send({ version: 1, [field]: null })
      .expect(400);
    expect(response.body).toEqual(validationError({ [field]: expect.stringContaining('cannot be null') }));
  });

  it('an import decision naming a paragraph the text does not have', async () => {
    const response = await request(t.server)
      .post('/api/imports/commit')
      .send({ text: seedText('A_RES_57_159.pdf.txt'), obligations: [{ eId: 'para_999__obligation_1', reviewState: 'CONFIRMED' }] })
      .expect(400);
    expect(response.body).toEqual(validationError({ 'obligations[0].eId': expect.stringContaining('para_999__obligation_1') }));
    expect(await t.prisma.resolution.count({ where: { symbol: 'A/RES/57/159' } })).toBe(0);
  });
});

describe('malformed requests are a 400 in the one error shape', () => {
  it.each([
    [
      'multipart cut short',
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc',
    ],
    ['multipart without a boundary', 'multipart/form-data', 'abc'],
  ])('%s', async (_case, contentType, body) => {
    const response = await request(t.server).post('/api/imports').set('content-type', contentType).send(body).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'MALFORMED_REQUEST', message: expect.stringContaining('multipart') });
  });

  it('a 10,000-character path segment', async () => {
    const response = await request(t.server)
      .get(`/api/obligations/${'a'.repeat(10_000)}`)
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'MALFORMED_REQUEST', details: null });
  });
});

describe('the words filter', () => {
  it('matches % and _ literally, not as wildcards', async () => {
    for (const q of ['%', '_', 'mine%action', 'a_b']) {
      expect((await list({ q }).expect(200)).body).toEqual([]);
    }
    expect((await list({ actor: '%' }).expect(200)).body).toEqual([]);
    expect((await list({ q: 'assembly' }).expect(200)).body.length).toBeGreaterThan(0);
  });
});
