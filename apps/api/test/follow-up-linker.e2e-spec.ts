/**
 * The follow-up linker on its own (src/follow-up/follow-up.service.ts), on PostgreSQL: which obligations a
 * resolution proves and which resolutions prove an obligation, from either side, on a small series built by hand
 * (docs/testing.md, "Mutation testing"). The seeds' links through the import API: follow-up-links.e2e-spec.ts.
 */
import type { Prisma } from '../src/generated/prisma/client';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { useTestServices } from './support/test-services';

const t = useTestServices();

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
  await t.prisma.document.deleteMany();
});

let actors = 0;
/** Audit events cannot be deleted: each test links as an actor of its own and reads only that actor's events. */
const newActor = () => `follow-up linker ${++actors} ${Date.now()}`;

const linkAround = (resolutionId: number, actor: string) => t.prisma.$transaction((tx) => t.followUp.linkAround(tx, resolutionId, actor));

type Body = 'GENERAL_ASSEMBLY' | 'SECURITY_COUNCIL';
const resolution = (symbol: string, body: Body, sessionNumber: number | null, title: string) =>
  createResolution(t.prisma, { symbol, body, sessionNumber: sessionNumber ?? undefined, title });
const recall = (resolutionId: number, recalledSymbol: string) =>
  t.prisma.resolutionRecall.create({ data: { resolutionId, recalledSymbol } });
const acknowledge = (resolutionId: number, paragraphRef: string, symbol: string) =>
  t.prisma.acknowledgedReport.create({ data: { resolutionId, paragraphRef, symbol } });
const obligation = (resolutionId: number, overrides: Partial<Prisma.ObligationUncheckedCreateInput>) =>
  createObligation(t.prisma, { resolutionId, ...overrides });

/** Every link, named "<obligation's quote> ← <document>", with what it records. */
async function links() {
  const rows = await t.prisma.obligationDocument.findMany({ include: { document: true, obligation: true }, orderBy: { id: 'asc' } });
  return rows.map(({ obligation: o, document, ...link }) => ({
    name: `${o.quote} ← ${document.symbol}`,
    obligationId: link.obligationId,
    relation: link.relation,
    origin: link.origin,
    reviewState: link.reviewState,
    evidenceResolutionId: link.evidenceResolutionId,
    evidenceParagraph: link.evidenceParagraph,
    evidenceNote: link.evidenceNote,
    id: link.id,
  }));
}

/**
 * A report due at the 58th session from A/RES/57/1; A/RES/58/2 recalls it and, adopted at the 58th, acknowledges
 * two reports; A/RES/59/3 continues the series a session late; the Security Council and an unrelated resolution
 * acknowledge reports at the same session without belonging to the series.
 */
async function reportSeries() {
  const first = await resolution('A/RES/57/1', 'GENERAL_ASSEMBLY', 57, 'Assistance in mine action');
  const due = await obligation(first.id, { kind: 'REPORT', dueBody: 'GENERAL_ASSEMBLY', dueSession: 58, quote: 'report due 58' });
  await obligation(first.id, { kind: 'REPORT', dueBody: 'GENERAL_ASSEMBLY', dueSession: null, quote: 'report due whenever' });
  await obligation(first.id, {
    kind: 'REPORT',
    dueBody: 'GENERAL_ASSEMBLY',
    dueSession: 58,
    quote: 'rejected report',
    reviewState: 'REJECTED',
  });
  await obligation(first.id, { kind: 'STATE_ACTION', dueBody: 'GENERAL_ASSEMBLY', dueSession: 58, quote: 'a call on States' });
  const second = await resolution('A/RES/58/2', 'GENERAL_ASSEMBLY', 58, 'Assistance in mine action');
  await recall(second.id, 'A/RES/57/1');
  await acknowledge(second.id, '1', 'A/58/300');
  await acknowledge(second.id, '2 (a)', 'A/58/301');
  const third = await resolution('A/RES/59/3', 'GENERAL_ASSEMBLY', 59, 'Assistance in mine action');
  await recall(third.id, 'A/RES/58/2');
  await acknowledge(third.id, '1', 'A/59/400');
  const council = await resolution('S/RES/1500 (2003)', 'SECURITY_COUNCIL', 58, 'The situation');
  await recall(council.id, 'A/RES/57/1');
  await acknowledge(council.id, '1', 'S/2003/1');
  const unrelated = await resolution('A/RES/58/9', 'GENERAL_ASSEMBLY', 58, 'Something else');
  await acknowledge(unrelated.id, '1', 'A/58/999');
  // A later resolution of no session: it proves no report, not even one due at no session.
  const special = await resolution('A/RES/ES-10/2', 'GENERAL_ASSEMBLY', null, 'Assistance in mine action');
  await recall(special.id, 'A/RES/57/1');
  await acknowledge(special.id, '1', 'A/ES-10/100');
  return { first, second, third, due };
}

const reportLinks = (due: { id: number }, second: { id: number }) => [
  {
    name: 'report due 58 ← A/58/300',
    obligationId: due.id,
    relation: 'FULFILS',
    origin: 'AUTOMATIC',
    reviewState: 'NEEDS_REVIEW',
    evidenceResolutionId: second.id,
    evidenceParagraph: '1',
    evidenceNote: 'A/RES/58/2, paragraph 1, acknowledges A/58/300',
  },
  {
    name: 'report due 58 ← A/58/301',
    obligationId: due.id,
    relation: 'FULFILS',
    origin: 'AUTOMATIC',
    reviewState: 'NEEDS_REVIEW',
    evidenceResolutionId: second.id,
    evidenceParagraph: '2 (a)',
    evidenceNote: 'A/RES/58/2, paragraph 2 (a), acknowledges A/58/301',
  },
];

const withoutIds = <T extends { id: number }>(rows: T[]) => rows.map(({ id: _id, ...row }) => row);

describe('a REPORT obligation', () => {
  it('is proven by the reports a later resolution of its series, adopted at the session due, acknowledges (evidence arriving)', async () => {
    const { second, due } = await reportSeries();
    const actor = newActor();

    await expect(linkAround(second.id, actor)).resolves.toHaveLength(2);

    const made = await links();
    expect(withoutIds(made)).toEqual(reportLinks(due, second));
    const documents = await t.prisma.document.findMany({ orderBy: { symbol: 'asc' }, select: { symbol: true } });
    expect(documents).toEqual([{ symbol: 'A/58/300' }, { symbol: 'A/58/301' }]);
    const events = await t.prisma.auditEvent.findMany({ where: { actor, entityType: 'ObligationDocument' }, orderBy: { id: 'asc' } });
    expect(events.map(({ action, entityId }) => ({ action, entityId }))).toEqual(
      made.map((link) => ({ action: 'CREATE', entityId: String(link.id) })),
    );
    expect(events[0]?.after).toMatchObject({ id: made[0]?.id, obligationId: due.id, origin: 'AUTOMATIC', relation: 'FULFILS' });
  });

  it('finds the same proof when the obligation arrives after its evidence, through a series two resolutions long', async () => {
    const { first, second, due } = await reportSeries();

    await expect(linkAround(first.id, newActor())).resolves.toHaveLength(2);

    expect(withoutIds(await links())).toEqual(reportLinks(due, second));
  });

  it('adds nothing the second time, and leaves a rejected link rejected', async () => {
    const { first, second } = await reportSeries();
    await linkAround(second.id, newActor());
    const [rejected] = await links();
    await t.prisma.obligationDocument.update({ where: { id: rejected?.id }, data: { reviewState: 'REJECTED' } });
    const actor = newActor();

    await expect(linkAround(first.id, actor)).resolves.toHaveLength(0);
    await expect(linkAround(second.id, actor)).resolves.toHaveLength(0);

    const after = await links();
    expect(after.map(({ name, reviewState }) => ({ name, reviewState }))).toEqual([
      { name: 'report due 58 ← A/58/300', reviewState: 'REJECTED' },
      { name: 'report due 58 ← A/58/301', reviewState: 'NEEDS_REVIEW' },
    ]);
    expect(await t.prisma.auditEvent.count({ where: { actor } })).toBe(0);
  });

  it('is proven by nothing while no later resolution recalls its own', async () => {
    const lone = await resolution('A/RES/57/5', 'GENERAL_ASSEMBLY', 57, 'Alone');
    await obligation(lone.id, { kind: 'REPORT', dueBody: 'GENERAL_ASSEMBLY', dueSession: 58, quote: 'lonely report' });
    const sameSession = await resolution('A/RES/58/6', 'GENERAL_ASSEMBLY', 58, 'Alone');
    await acknowledge(sameSession.id, '1', 'A/58/600');

    // A series of its own, never linked: the same session's resolution is no reason to link it.
    const other = await resolution('A/RES/57/7', 'GENERAL_ASSEMBLY', 57, 'Other');
    await obligation(other.id, { kind: 'REPORT', dueBody: 'GENERAL_ASSEMBLY', dueSession: 58, quote: 'other report' });
    const otherLater = await resolution('A/RES/58/8', 'GENERAL_ASSEMBLY', 58, 'Other');
    await recall(otherLater.id, 'A/RES/57/7');
    await acknowledge(otherLater.id, '1', 'A/58/800');

    await expect(linkAround(lone.id, newActor())).resolves.toHaveLength(0);
    await expect(linkAround(sameSession.id, newActor())).resolves.toHaveLength(0);
    expect(await links()).toEqual([]);
  });

  it('links the reports of several obligations in obligation order, each lock taken in one order by every import', async () => {
    const first = await resolution('A/RES/57/1', 'GENERAL_ASSEMBLY', 57, 'Series');
    const a = await obligation(first.id, { kind: 'REPORT', dueBody: 'GENERAL_ASSEMBLY', dueSession: 58, quote: 'first report' });
    const b = await obligation(first.id, { kind: 'REPORT', dueBody: 'GENERAL_ASSEMBLY', dueSession: 58, quote: 'second report' });
    // An update moves a's row after b's in the table: read without an order, the obligations come b first.
    await t.prisma.obligation.update({ where: { id: a.id }, data: { confidence: 0.9 } });
    const second = await resolution('A/RES/58/2', 'GENERAL_ASSEMBLY', 58, 'Series');
    await recall(second.id, 'A/RES/57/1');
    await acknowledge(second.id, '1', 'A/58/300');

    await expect(linkAround(second.id, newActor())).resolves.toHaveLength(2);

    expect((await links()).map(({ obligationId }) => obligationId)).toEqual([a.id, b.id].sort((x, y) => x - y));
  });
});

describe('an AGENDA_ITEM obligation', () => {
  /** A/RES/57/1 puts "Assistance in mine action" on the 58th session's agenda; who is adopted under it, and who not. */
  async function agendaSeries() {
    const first = await resolution('A/RES/57/1', 'GENERAL_ASSEMBLY', 57, 'Assistance in mine action');
    const due = await obligation(first.id, {
      kind: 'AGENDA_ITEM',
      dueBody: 'GENERAL_ASSEMBLY',
      dueSession: 58,
      agendaItemTitle: 'Assistance in mine action',
      quote: 'item due 58',
    });
    await obligation(first.id, {
      kind: 'AGENDA_ITEM',
      dueBody: 'GENERAL_ASSEMBLY',
      dueSession: null,
      agendaItemTitle: 'Assistance in mine action',
      quote: 'item undated',
    });
    // A task naming the item is not an agenda item: only REPORT and AGENDA_ITEM obligations are proven here.
    await obligation(first.id, {
      kind: 'TASK',
      dueBody: 'GENERAL_ASSEMBLY',
      dueSession: 58,
      agendaItemTitle: 'Assistance in mine action',
      quote: 'a task',
    });
    const adopted = await resolution('A/RES/58/127', 'GENERAL_ASSEMBLY', 58, 'ASSISTANCE IN MINE ACTION');
    // Its own item for the 58th session is not proven by itself.
    await obligation(adopted.id, {
      kind: 'AGENDA_ITEM',
      dueBody: 'GENERAL_ASSEMBLY',
      dueSession: 58,
      agendaItemTitle: 'Assistance in mine action',
      quote: 'own item',
    });
    await resolution('A/RES/59/127', 'GENERAL_ASSEMBLY', 59, 'Assistance in mine action');
    await resolution('A/RES/58/128', 'GENERAL_ASSEMBLY', 58, 'Assistance in mine clearance');
    await resolution('S/RES/1501 (2003)', 'SECURITY_COUNCIL', 58, 'Assistance in mine action');
    return { first, due, adopted };
  }

  const agendaLink = (due: { id: number }, adopted: { id: number }) => ({
    name: 'item due 58 ← A/RES/58/127',
    obligationId: due.id,
    relation: 'FULFILS',
    origin: 'AUTOMATIC',
    reviewState: 'NEEDS_REVIEW',
    evidenceResolutionId: adopted.id,
    evidenceParagraph: null,
    evidenceNote: 'A/RES/58/127 was adopted under the item at the session it was due',
  });

  it('is met by a resolution under the item, of its body, adopted at the session due (evidence arriving)', async () => {
    const { first, due, adopted } = await agendaSeries();
    // Items due at the same session that the arriving resolution is not under: another body's, another title.
    await obligation(first.id, {
      kind: 'AGENDA_ITEM',
      dueBody: 'SECURITY_COUNCIL',
      dueSession: 58,
      agendaItemTitle: 'Assistance in mine action',
      quote: 'council item',
    });
    await obligation(first.id, {
      kind: 'AGENDA_ITEM',
      dueBody: 'GENERAL_ASSEMBLY',
      dueSession: 58,
      agendaItemTitle: 'Assistance in mine clearance',
      quote: 'clearance item',
    });

    await expect(linkAround(adopted.id, newActor())).resolves.toHaveLength(1);

    expect(withoutIds(await links())).toEqual([agendaLink(due, adopted)]);
  });

  it('finds the same resolution when the obligation arrives after it', async () => {
    const { first, due, adopted } = await agendaSeries();

    await expect(linkAround(first.id, newActor())).resolves.toHaveLength(1);

    expect(withoutIds(await links())).toEqual([agendaLink(due, adopted)]);
  });

  it('is proven by nothing from a resolution without a session', async () => {
    const { first, due } = await agendaSeries();
    const undated = await resolution('A/RES/ES-10/1', 'GENERAL_ASSEMBLY', null, 'Assistance in mine action');

    await expect(linkAround(undated.id, newActor())).resolves.toHaveLength(0);
    expect(await links()).toEqual([]);
    // Nor is the undated item met by it from the obligation's side: only the dated item finds its resolution.
    await expect(linkAround(first.id, newActor())).resolves.toHaveLength(1);
    expect((await links()).map((link) => link.name)).toEqual(['item due 58 ← A/RES/58/127']);
    expect(due.id).toBeGreaterThan(0);
  });
});
