import request from 'supertest';
import { seedFiles, seedText } from './support/seeds';
import { useTestApp } from './support/test-app';

/**
 * The seeds hold four resolutions on mine action (57/159, 58/127, 62/99, 78/70) whose recalls do not meet:
 * 58/127 recalls 57/159, but 62/99 recalls 60/97 and 78/70 recalls 76/74, neither imported. The series holds
 * them together by their agenda item, and shows the resolutions recalled but not imported with their symbol.
 */
const t = useTestApp();

interface Entry {
  id: number | null;
  symbol: string;
  place: string;
  imported: boolean;
  undocsUrl: string;
}

const MINE_ACTION = ['A/RES/57/159', 'A/RES/58/127', 'A/RES/62/99', 'A/RES/78/70'];

beforeAll(async () => {
  for (const file of seedFiles())
    await request(t.server)
      .post('/api/imports/commit')
      .send({ text: seedText(file), obligations: [] })
      .expect(201);
});

const timelineOf = async (symbol: string): Promise<Entry[]> => {
  const resolution = await t.prisma.resolution.findUniqueOrThrow({ where: { symbol } });
  return (await request(t.server).get(`/api/resolutions/${resolution.id}/series`).expect(200)).body as Entry[];
};

describe('GET /api/resolutions/:id/series on the seeds', () => {
  it.each(MINE_ACTION)('puts the four mine-action resolutions on the timeline of %s, oldest first', async (symbol) => {
    const timeline = await timelineOf(symbol);
    const imported = timeline.filter((entry) => entry.imported).map((entry) => entry.symbol);
    expect(imported).toEqual(MINE_ACTION);
    expect(timeline.find((entry) => entry.place === 'this')?.symbol).toBe(symbol);
    const places = timeline.filter((entry) => entry.imported).map((entry) => entry.place);
    const at = MINE_ACTION.indexOf(symbol);
    expect(places).toEqual(MINE_ACTION.map((_, i) => (i < at ? 'earlier' : i === at ? 'this' : 'later')));
  });

  it('leaves out the mine ban convention (58/53), under another item', async () => {
    const timeline = await timelineOf('A/RES/78/70');
    expect(timeline.map((entry) => entry.symbol)).not.toContain('A/RES/58/53');
    expect((await timelineOf('A/RES/58/53')).filter((entry) => entry.imported).map((e) => e.symbol)).toEqual(['A/RES/58/53']);
  });

  it('shows the recalled resolutions that are not imported, between the others, with their undocs.org link', async () => {
    const timeline = await timelineOf('A/RES/78/70');
    const symbols = timeline.map((entry) => entry.symbol);
    for (const missing of ['A/RES/60/97', 'A/RES/76/74']) {
      expect(timeline.find((entry) => entry.symbol === missing)).toEqual({
        id: null,
        symbol: missing,
        title: null,
        sessionNumber: Number(missing.split('/')[2]),
        adoptedOn: null,
        place: 'earlier',
        imported: false,
        undocsUrl: `https://undocs.org/${missing}`,
      });
    }
    expect(symbols.indexOf('A/RES/60/97')).toBeGreaterThan(symbols.indexOf('A/RES/58/127'));
    expect(symbols.indexOf('A/RES/60/97')).toBeLessThan(symbols.indexOf('A/RES/62/99'));
    expect(symbols.indexOf('A/RES/76/74')).toBeLessThan(symbols.indexOf('A/RES/78/70'));
    expect(timeline.find((entry) => entry.symbol === 'A/RES/62/99')?.undocsUrl).toBe('https://undocs.org/A/RES/62/99');
  });

  it('filters the obligations list to the whole series', async () => {
    const resolution = await t.prisma.resolution.findUniqueOrThrow({ where: { symbol: 'A/RES/62/99' } });
    const response = await request(t.server)
      .get('/api/obligations')
      .query({ filter: JSON.stringify({ series: resolution.id }), range: '[0,199]' })
      .expect(200);
    expect(new Set(response.body.map((o: { resolution: { symbol: string } }) => o.resolution.symbol))).toEqual(new Set(MINE_ACTION));
  });
});
