/**
 * The automatic follow-up links the five seeds give, counted exactly against the hand-made gold
 * (test/fixtures/follow-up/seeds-links.json), whichever order the seeds arrive in; and what people decided about
 * links (a rejection, a link of their own) survives a re-import of the resolutions involved.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { projectRoot } from '../src/config/paths';
import { seedFiles, seedText } from './support/seeds';
import { useTestApp } from './support/test-app';

interface ExpectedLink {
  obligation: string;
  fulfilledBy: string;
}
interface LinksFixture {
  crossLinks: (ExpectedLink | { series: string })[];
  additions: (ExpectedLink & { note: string })[];
}

const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures/follow-up/seeds-links.json'), 'utf8')) as LinksFixture;
const isLink = (entry: object): entry is ExpectedLink => 'fulfilledBy' in entry;
const expectedLinks = [...fixture.crossLinks.filter(isLink), ...fixture.additions]
  .map((link) => `${link.obligation} ← ${link.fulfilledBy}`)
  .sort();

const t = useTestApp();

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
  await t.prisma.document.deleteMany();
});

const commit = (text: string) => request(t.server).post('/api/imports/commit').set('X-Actor', 'importer').send({ text, obligations: [] });

/** Every link in the database, named the way the gold names them ("A/RES/57/159 para 23 REPORT due 58 ← A/58/260"). */
async function allLinks() {
  const links = await t.prisma.obligationDocument.findMany({
    include: { document: true, evidenceResolution: true, obligation: { include: { resolution: true } } },
    orderBy: { id: 'asc' },
  });
  return links.map(({ obligation, document, evidenceResolution, ...link }) => ({
    name: `${obligation.resolution.symbol} para ${obligation.paragraphRef} ${obligation.kind} due ${obligation.dueSession} ← ${document.symbol}`,
    evidence: evidenceResolution?.symbol,
    link,
  }));
}

async function importSeeds(files: string[]): Promise<number> {
  let reported = 0;
  for (const file of files) reported += (await commit(seedText(file)).expect(201)).body.links as number;
  return reported;
}

it('copies the gold crossLinks unchanged, and justifies every addition', () => {
  const gold = JSON.parse(
    readFileSync(path.join(projectRoot, 'packages/resolution-parser/test/fixtures/seeds-gold.json'), 'utf8'),
  ) as LinksFixture;
  expect(fixture.crossLinks).toEqual(gold.crossLinks);
  for (const addition of fixture.additions) expect(addition.note.length).toBeGreaterThan(40);
});

describe.each([
  ['oldest first', (files: string[]) => files],
  ['newest first', (files: string[]) => [...files].reverse()],
  [
    'evidence before the obligations it proves',
    (files: string[]) => ['A_RES_58_127.doc.txt', ...files.filter((f) => !f.startsWith('A_RES_58_127'))],
  ],
])('importing the five seeds %s', (_order, arrange) => {
  it('makes exactly the links of the gold, automatic, proposed for review, with their evidence', async () => {
    const reported = await importSeeds(arrange(seedFiles()));
    const links = await allLinks();
    expect(links.map((l) => l.name).sort()).toEqual(expectedLinks);
    expect(reported).toBe(links.length);
    for (const { link, evidence } of links) {
      expect(link).toMatchObject({ relation: 'FULFILS', origin: 'AUTOMATIC', reviewState: 'NEEDS_REVIEW' });
      expect(evidence).toBe('A/RES/58/127');
    }
  });
});

describe('a re-import', () => {
  it('leaves rejected and manual links as they were, and adds no link twice', async () => {
    await importSeeds(seedFiles());
    const byName = new Map((await allLinks()).map(({ name, link }) => [name, link]));
    const addendum = byName.get('A/RES/57/159 para 23 REPORT due 58 ← A/58/260/Add.1');
    expect(addendum).toBeDefined();
    await request(t.server)
      .patch(`/api/obligations/${addendum!.obligationId}/documents/${addendum!.id}`)
      .set('X-Actor', 'reviewer')
      .send({ reviewState: 'REJECTED', version: 1 })
      .expect(200);
    const open = await t.prisma.obligation.findFirstOrThrow({ where: { resolution: { symbol: 'A/RES/58/127' }, paragraphRef: '26' } });
    await request(t.server)
      .post(`/api/obligations/${open.id}/documents`)
      .set('X-Actor', 'reviewer')
      .send({ symbol: 'A/59/284', relation: 'RELATED', evidenceNote: 'found by hand' })
      .expect(201);
    const before = (await allLinks()).map(({ link }) => link);

    // Changed texts, so the imports write again (the same text is left alone as unchanged).
    for (const file of ['A_RES_58_127.doc.txt', 'A_RES_57_159.pdf.txt']) {
      const response = await commit(`${seedText(file)}\n\n`).expect(201);
      expect(response.body).toMatchObject({ outcome: 'updated', links: 0 });
    }
    expect((await allLinks()).map(({ link }) => link)).toEqual(before);
    expect(before.find((link) => link.id === addendum!.id)).toMatchObject({ reviewState: 'REJECTED', origin: 'AUTOMATIC' });
    expect(before.filter((link) => link.origin === 'MANUAL')).toHaveLength(1);
  });
});
