/**
 * The import writer on its own (src/imports/import-writer.ts), on PostgreSQL: what a first import stores, and what a
 * re-import replaces, updates, removes and keeps (docs/testing.md, "Mutation testing"). Through the API the same
 * writes are covered by imports.e2e-spec.ts; calling the writer directly lets each case shape the parser's analysis.
 */
import type { ResolutionAnalysis } from '@mandate-tracker/resolution-parser';
import { checksumOf } from '../src/common/checksum';
import type { ObligationDecisionDto } from '../src/imports/dto/commit-import.dto';
import { analyse, type ResolutionFields } from '../src/imports/import-preview';
import { writeResolution } from '../src/imports/import-writer';
import { seedText } from './support/seeds';
import { useTestServices } from './support/test-services';

const t = useTestServices();

beforeEach(async () => {
  await t.prisma.resolution.deleteMany();
  await t.prisma.document.deleteMany();
});

let actors = 0;
/** Audit events cannot be deleted: each test writes as an actor of its own and reads only that actor's events. */
const newActor = () => `import writer ${++actors} ${Date.now()}`;

interface Input {
  text: string;
  fields: ResolutionFields;
  analysis: ResolutionAnalysis;
}

function parsed(seed: string): Input {
  const text = seedText(seed);
  const { analysis, resolution } = analyse(text);
  return { text, fields: resolution, analysis };
}

function write(input: Input, actor: string, decisions: ObligationDecisionDto[] = []) {
  return t.prisma.$transaction((tx) => writeResolution(tx, { audit: t.audit, documents: t.documents }, actor, { ...input, decisions }));
}

/** Everything stored under one resolution, to show that writing another left it alone. */
async function storedUnder(resolutionId: number) {
  return {
    paragraphs: await t.prisma.paragraph.findMany({ where: { resolutionId }, orderBy: { id: 'asc' } }),
    recalls: await t.prisma.resolutionRecall.findMany({ where: { resolutionId }, orderBy: { recalledSymbol: 'asc' } }),
    acknowledged: await t.prisma.acknowledgedReport.findMany({ where: { resolutionId }, orderBy: { symbol: 'asc' } }),
    obligations: await t.prisma.obligation.findMany({ where: { resolutionId }, orderBy: { id: 'asc' } }),
  };
}

const auditOf = (actor: string) =>
  t.prisma.auditEvent.findMany({
    where: { actor },
    orderBy: { id: 'asc' },
    select: { action: true, entityType: true, entityId: true, before: true, after: true },
  });

describe('writeResolution, a resolution new to the tracker', () => {
  it('stores the resolution, its paragraphs, recalls, acknowledged reports, named documents and obligations', async () => {
    const input = parsed('A_RES_57_159.pdf.txt');
    // A review clause as the parser gives it, carrying a field of its own that the jsonb column must not keep.
    const reviewClause = { paragraph: '3', kind: 'REVIEW' as const, quote: 'Decides to review', extra: 'parser only' };
    input.fields = { ...input.fields, reviewClauses: [reviewClause] };
    input.analysis = { ...input.analysis, recalls: [...input.analysis.recalls, input.analysis.recalls[0] as string] };
    const actor = newActor();

    const result = await write(input, actor);

    const resolution = await t.prisma.resolution.findUniqueOrThrow({ where: { symbol: 'A/RES/57/159' } });
    expect(result).toEqual({
      resolutionId: resolution.id,
      created: true,
      obligationsCreated: 5,
      obligationsUpdated: 0,
      obligationsRemoved: 0,
      obligationsKept: 0,
    });
    expect(resolution).toMatchObject({
      title: 'Assistance in mine action',
      sessionNumber: 57,
      adoptedOn: new Date('2002-12-16T00:00:00Z'),
      sourceText: input.text,
      checksum: input.fields.checksum,
      version: 1,
      reviewClauses: [{ paragraph: '3', kind: 'REVIEW', quote: 'Decides to review' }],
    });

    const paragraphs = await t.prisma.paragraph.findMany({ where: { resolutionId: resolution.id }, orderBy: { position: 'asc' } });
    expect(paragraphs).toHaveLength(45);
    expect(
      paragraphs.map(({ eId, kind, number, subParagraph, position, text, leadVerb, footnoteSymbols }) => ({
        eId,
        kind,
        number,
        subParagraph,
        position,
        text,
        leadVerb,
        footnoteSymbols,
      })),
    ).toEqual(
      input.analysis.paragraphs.map((paragraph) => ({
        eId: paragraph.eId,
        kind: paragraph.kind,
        number: paragraph.number,
        subParagraph: paragraph.subParagraph,
        position: paragraph.position,
        text: paragraph.text,
        leadVerb: paragraph.leadVerb,
        footnoteSymbols: paragraph.footnotes.flatMap((footnote) => footnote.symbols),
      })),
    );
    expect(paragraphs.some((paragraph) => paragraph.footnoteSymbols.length > 0)).toBe(true);

    const recalls = await t.prisma.resolutionRecall.findMany({ where: { resolutionId: resolution.id } });
    expect(recalls.map((recall) => recall.recalledSymbol).sort()).toEqual([...new Set(input.analysis.recalls)].sort());
    expect(recalls).toHaveLength(9);
    expect(
      await t.prisma.acknowledgedReport.findMany({ where: { resolutionId: resolution.id }, select: { paragraphRef: true, symbol: true } }),
    ).toEqual([{ paragraphRef: '1', symbol: 'A/57/430' }]);
    const documents = await t.prisma.document.findMany({ select: { id: true, symbol: true } });
    expect(documents.map((document) => document.symbol)).toEqual(['A/57/430']);

    const obligations = await t.prisma.obligation.findMany({ where: { resolutionId: resolution.id }, orderBy: { id: 'asc' } });
    const paragraphIdOf = new Map(paragraphs.map((paragraph) => [paragraph.eId, paragraph.id]));
    expect(obligations.map(({ eId, paragraphId, reviewState, version }) => ({ eId, paragraphId, reviewState, version }))).toEqual(
      input.analysis.obligations.map((obligation) => ({
        eId: obligation.eId,
        paragraphId: paragraphIdOf.get(obligation.paragraphEId),
        reviewState: 'NEEDS_REVIEW',
        version: 1,
      })),
    );

    const events = await auditOf(actor);
    expect(events.map(({ action, entityType, entityId }) => ({ action, entityType, entityId }))).toEqual([
      { action: 'CREATE', entityType: 'Document', entityId: String(documents[0]?.id) },
      { action: 'CREATE', entityType: 'Resolution', entityId: String(resolution.id) },
      ...obligations.map((obligation) => ({ action: 'CREATE', entityType: 'Obligation', entityId: String(obligation.id) })),
    ]);
    expect(events[1]?.before).toBeNull();
    expect(events[1]?.after).toMatchObject({ symbol: 'A/RES/57/159', checksum: input.fields.checksum, version: 1 });
    expect(events[1]?.after).not.toHaveProperty('sourceText');
    expect(events[2]?.after).toMatchObject({ id: obligations[0]?.id, eId: obligations[0]?.eId });
  });

  it('stores no adoption date when the text gives none', async () => {
    const input = parsed('A_RES_58_53.pdf.txt');
    expect(input.fields.adoptedOn).toBeNull();

    await write(input, newActor());

    expect(await t.prisma.resolution.findUniqueOrThrow({ where: { symbol: 'A/RES/58/53' }, select: { adoptedOn: true } })).toEqual({
      adoptedOn: null,
    });
  });

  it("applies a reviewer's decision to the obligation it names, and only to it", async () => {
    const input = parsed('A_RES_57_159.pdf.txt');
    const [first, second] = input.analysis.obligations;
    if (!first || !second) throw new Error('the seed has obligations');

    await write(input, newActor(), [{ eId: second.eId, reviewState: 'CONFIRMED', actor: 'Department of Peace Operations' }]);

    const stored = await t.prisma.obligation.findMany({
      where: { eId: { in: [first.eId, second.eId] } },
      select: { eId: true, reviewState: true, actor: true },
    });
    expect(stored.sort((a, b) => (a.eId === first.eId ? -1 : b.eId === first.eId ? 1 : 0))).toEqual([
      { eId: first.eId, reviewState: 'NEEDS_REVIEW', actor: first.actor },
      { eId: second.eId, reviewState: 'CONFIRMED', actor: 'Department of Peace Operations' },
    ]);
  });
});

describe('writeResolution, a new version of a resolution already stored', () => {
  it('replaces paragraphs, recalls and acknowledgements; updates untouched obligations, keeps reviewed ones, removes the rest', async () => {
    const original = parsed('A_RES_57_159.pdf.txt');
    const obligations = original.analysis.obligations;
    const [updatedOne, reviewedKept, reviewedDropped, removedOne, addedOne] = obligations;
    if (!updatedOne || !reviewedKept || !reviewedDropped || !removedOne || !addedOne) throw new Error('the seed has five obligations');
    // Another resolution, stored before, which the re-import must leave exactly as it was.
    const neighbour = await write(parsed('A_RES_78_70.md'), newActor());
    const neighbourBefore = await storedUnder(neighbour.resolutionId);
    expect(neighbourBefore.recalls).not.toEqual([]);
    expect(neighbourBefore.acknowledged).not.toEqual([]);
    // The first version lacks one obligation, which the second brings.
    const first = await write(
      { ...original, analysis: { ...original.analysis, obligations: obligations.filter((o) => o !== addedOne) } },
      newActor(),
    );
    const resolutionId = first.resolutionId;
    const before = await t.prisma.resolution.findUniqueOrThrow({ where: { id: resolutionId } });
    const oldParagraphs = await t.prisma.paragraph.findMany({ where: { resolutionId }, select: { id: true } });
    const stored = async (eId: string) => t.prisma.obligation.findFirstOrThrow({ where: { resolutionId, eId } });
    // People worked on two obligations, and added two of their own (no eId), one under the first paragraph.
    await t.prisma.obligation.update({ where: { id: (await stored(reviewedKept.eId)).id }, data: { reviewState: 'CONFIRMED' } });
    await t.prisma.obligation.update({ where: { id: (await stored(reviewedDropped.eId)).id }, data: { status: 'SUBMITTED' } });
    const firstParagraph = await t.prisma.paragraph.findFirstOrThrow({ where: { resolutionId }, orderBy: { position: 'asc' } });
    const manual = await t.prisma.obligation.create({
      data: {
        resolutionId,
        paragraphId: firstParagraph.id,
        paragraphRef: '1',
        kind: 'REPORT',
        strength: 'MANDATORY',
        actor: 'Secretary-General',
        quote: 'added by hand',
        confidence: 1,
      },
    });
    const manualToo = await t.prisma.obligation.create({
      data: {
        resolutionId,
        paragraphRef: '2',
        kind: 'REPORT',
        strength: 'MANDATORY',
        actor: 'Secretary-General',
        quote: 'also by hand',
        confidence: 1,
      },
    });
    const untouchedBefore = await stored(updatedOne.eId);
    const reviewedDroppedBefore = await stored(reviewedDropped.eId);
    const removedBefore = await stored(removedOne.eId);

    // The new version: another title, one recall and one acknowledged report fewer, and without two obligations.
    const [keptRecall] = original.analysis.recalls;
    const revisedText = `${original.text}\n`;
    const second: Input = {
      text: revisedText,
      fields: { ...original.fields, title: 'Assistance in mine action (revised)', checksum: checksumOf(revisedText) },
      analysis: {
        ...original.analysis,
        recalls: [keptRecall as string],
        // The same report acknowledged twice in one paragraph is one row.
        acknowledgedReports: [
          { paragraph: '2', symbols: ['A/57/431'] },
          { paragraph: '2', symbols: ['A/57/431'] },
        ],
        // The paragraph of the dropped reviewed obligation is gone too: it loses its paragraph.
        paragraphs: original.analysis.paragraphs.filter((paragraph) => paragraph.eId !== reviewedDropped.paragraphEId),
        obligations: obligations.filter((o) => o !== reviewedDropped && o !== removedOne),
      },
    };
    expect(reviewedDropped.paragraphEId).not.toBe(reviewedKept.paragraphEId);
    const actor = newActor();

    const result = await write(second, actor);

    expect(result).toEqual({
      resolutionId,
      created: false,
      obligationsCreated: 1,
      obligationsUpdated: 1,
      obligationsRemoved: 1,
      // The two reviewed ones; the obligations people added themselves (no eId) are not the parser's to keep.
      obligationsKept: 2,
    });
    const after = await t.prisma.resolution.findUniqueOrThrow({ where: { id: resolutionId } });
    expect(after).toMatchObject({
      title: 'Assistance in mine action (revised)',
      version: 2,
      sourceText: revisedText,
      checksum: checksumOf(revisedText),
    });

    const paragraphs = await t.prisma.paragraph.findMany({ where: { resolutionId } });
    expect(paragraphs).toHaveLength(second.analysis.paragraphs.length);
    const oldIds = new Set(oldParagraphs.map((paragraph) => paragraph.id));
    expect(paragraphs.filter((paragraph) => oldIds.has(paragraph.id))).toEqual([]);
    const paragraphIdOf = new Map(paragraphs.map((paragraph) => [paragraph.eId, paragraph.id]));

    expect((await t.prisma.resolutionRecall.findMany({ where: { resolutionId } })).map((recall) => recall.recalledSymbol)).toEqual([
      keptRecall,
    ]);
    expect(await t.prisma.acknowledgedReport.findMany({ where: { resolutionId }, select: { paragraphRef: true, symbol: true } })).toEqual([
      { paragraphRef: '2', symbol: 'A/57/431' },
    ]);

    const now = await t.prisma.obligation.findMany({ where: { resolutionId }, orderBy: { id: 'asc' } });
    const byEId = new Map(now.map((o) => [o.eId, o]));
    expect(now).toHaveLength(6);
    expect(byEId.has(removedOne.eId)).toBe(false);
    expect(byEId.get(updatedOne.eId)).toMatchObject({
      id: untouchedBefore.id,
      version: 2,
      paragraphId: paragraphIdOf.get(updatedOne.paragraphEId),
    });
    expect(byEId.get(reviewedKept.eId)).toMatchObject({
      version: 1,
      reviewState: 'CONFIRMED',
      paragraphId: paragraphIdOf.get(reviewedKept.paragraphEId),
    });
    expect(byEId.get(reviewedDropped.eId)).toMatchObject({ id: reviewedDroppedBefore.id, status: 'SUBMITTED', paragraphId: null });
    expect(byEId.get(addedOne.eId)).toMatchObject({
      version: 1,
      reviewState: 'NEEDS_REVIEW',
      paragraphId: paragraphIdOf.get(addedOne.paragraphEId),
    });
    expect(now.filter((o) => o.eId === null).map(({ id, quote, paragraphId }) => ({ id, quote, paragraphId }))).toEqual([
      { id: manual.id, quote: 'added by hand', paragraphId: null },
      { id: manualToo.id, quote: 'also by hand', paragraphId: null },
    ]);
    expect(await storedUnder(neighbour.resolutionId)).toEqual(neighbourBefore);
    const added = byEId.get(addedOne.eId);

    const newReport = await t.prisma.document.findUniqueOrThrow({ where: { symbol: 'A/57/431' } });
    const events = (await auditOf(actor)).filter((event) => event.entityType !== 'Document');
    expect(await t.prisma.auditEvent.count({ where: { actor, entityType: 'Document', entityId: String(newReport.id) } })).toBe(1);
    expect(events.map(({ action, entityType, entityId }) => ({ action, entityType, entityId }))).toEqual([
      { action: 'UPDATE', entityType: 'Resolution', entityId: String(resolutionId) },
      { action: 'UPDATE', entityType: 'Obligation', entityId: String(untouchedBefore.id) },
      { action: 'CREATE', entityType: 'Obligation', entityId: String(added?.id) },
      { action: 'DELETE', entityType: 'Obligation', entityId: String(removedBefore.id) },
    ]);
    expect(events[0]?.before).toMatchObject({ title: 'Assistance in mine action', version: before.version });
    expect(events[0]?.before).not.toHaveProperty('sourceText');
    expect(events[0]?.after).toMatchObject({ title: 'Assistance in mine action (revised)', version: 2 });
    expect(events[0]?.after).not.toHaveProperty('sourceText');
    expect(events[1]?.before).toMatchObject({ id: untouchedBefore.id, version: 1 });
    expect(events[1]?.after).toMatchObject({ id: untouchedBefore.id, version: 2 });
    expect(events[3]?.before).toMatchObject({ id: removedBefore.id, eId: removedOne.eId });
    expect(events[3]?.after).toBeNull();
  });

  it('moves a reviewed obligation to its paragraph again when only the paragraphs changed', async () => {
    const input = parsed('A_RES_57_159.pdf.txt');
    const [reviewed, reviewedToo] = input.analysis.obligations;
    if (!reviewed || !reviewedToo) throw new Error('the seed has obligations');
    const { resolutionId } = await write(input, newActor());
    const row = await t.prisma.obligation.findFirstOrThrow({ where: { resolutionId, eId: reviewed.eId } });
    await t.prisma.obligation.update({ where: { id: row.id }, data: { reviewState: 'CONFIRMED' } });
    await t.prisma.obligation.updateMany({ where: { resolutionId, eId: reviewedToo.eId }, data: { reviewState: 'CONFIRMED' } });
    // An obligation ranked past 9 in its paragraph, which the parser no longer reads, but people reviewed.
    const twelfth = await t.prisma.obligation.create({
      data: {
        resolutionId,
        eId: `${reviewed.paragraphEId}__obligation_12`,
        paragraphId: row.paragraphId,
        paragraphRef: reviewed.paragraph,
        kind: 'REPORT',
        strength: 'MANDATORY',
        actor: 'Secretary-General',
        quote: 'the twelfth',
        confidence: 1,
        reviewState: 'CONFIRMED',
      },
    });

    const text = `${input.text}\n`;
    const result = await write({ ...input, text, fields: { ...input.fields, checksum: checksumOf(text) } }, newActor());

    expect(result).toMatchObject({ obligationsKept: 3, obligationsUpdated: 3, obligationsCreated: 0, obligationsRemoved: 0 });
    const paragraph = await t.prisma.paragraph.findFirstOrThrow({ where: { resolutionId, eId: reviewed.paragraphEId } });
    expect(await t.prisma.obligation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ paragraphId: paragraph.id, version: 1 });
    expect(paragraph.id).not.toBe(row.paragraphId);
    expect(await t.prisma.obligation.findUniqueOrThrow({ where: { id: twelfth.id } })).toMatchObject({ paragraphId: paragraph.id });
  });
});
