import type { ImportWriteResult } from '@mandate-tracker/contracts';
import type { ResolutionAnalysis } from '@mandate-tracker/resolution-parser';
import type { AuditEntry, AuditService } from '../audit/audit.service';
import type { DocumentsService } from '../documents/documents.service';
import type { Prisma } from '../generated/prisma/client';
import type { Obligation, Resolution } from '../prisma/filter-only-columns';
import type { ObligationDecisionDto } from './dto/commit-import.dto';
import { isHumanWork, type ResolutionFields } from './import-preview';
import { obligationRow } from './obligation-corrections';

type Tx = Prisma.TransactionClient;

/** The counts the commit answers with, as the contract spells them. */
export type WriteResult = ImportWriteResult;

const paragraphEIdOf = (obligationEId: string): string => obligationEId.replace(/__obligation_\d+$/, '');

function resolutionData(fields: ResolutionFields, text: string) {
  return {
    ...fields,
    adoptedOn: fields.adoptedOn ? new Date(`${fields.adoptedOn}T00:00:00Z`) : null,
    // Plain JSON for the jsonb column: the parser's objects carry nothing else.
    reviewClauses: fields.reviewClauses.map(({ paragraph, kind, quote }) => ({ paragraph, kind, quote })),
    sourceText: text,
  };
}

/** The audit trail keeps the resolution's fields and checksum, not its whole text, which the record itself holds. */
const auditedResolution = ({ sourceText: _text, ...fields }: Resolution) => fields;

/**
 * Until the transaction ends, no other import of this symbol gets past this point (a transaction-scoped advisory
 * lock: nothing to clean up, released on commit or rollback, and it blocks no reader).
 */
export async function lockSymbol(tx: Tx, symbol: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`resolution:${symbol}`}, 0))::text AS locked`;
}

/**
 * Writes one parsed resolution inside the caller's transaction: the resolution,
 * its paragraphs (replaced), recalls and acknowledged reports (replaced), the
 * documents they name, and its obligations, keeping every obligation that
 * people have reviewed or worked on.
 */
export async function writeResolution(
  tx: Tx,
  services: { audit: AuditService; documents: DocumentsService },
  actor: string,
  input: { text: string; fields: ResolutionFields; analysis: ResolutionAnalysis; decisions: ObligationDecisionDto[] },
): Promise<WriteResult> {
  const existing = await tx.resolution.findUnique({ where: { symbol: input.fields.symbol } });
  const data = resolutionData(input.fields, input.text);
  const resolution = existing
    ? await tx.resolution.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
    : await tx.resolution.create({ data });
  const entries: AuditEntry[] = [
    existing
      ? {
          actor,
          action: 'UPDATE',
          entityType: 'Resolution',
          entityId: resolution.id,
          before: auditedResolution(existing),
          after: auditedResolution(resolution),
        }
      : { actor, action: 'CREATE', entityType: 'Resolution', entityId: resolution.id, after: auditedResolution(resolution) },
  ];

  // A new resolution has no rows to replace: its writes skip the deletes and the read of its obligations.
  const fresh = !existing;
  const paragraphIds = await replaceParagraphs(tx, resolution.id, input.analysis, fresh);
  await replaceFollowUpSources(tx, resolution.id, input.analysis, fresh);
  // The reports a resolution acknowledges exist: record them so they can be linked and searched.
  await services.documents.recordNamed(
    tx,
    input.analysis.acknowledgedReports.flatMap((report) => report.symbols),
    actor,
  );
  const counts = await writeObligations(tx, resolution.id, paragraphIds, input, actor, entries, fresh);
  await services.audit.recordMany(tx, entries);
  return { resolutionId: resolution.id, created: !existing, ...counts };
}

async function replaceParagraphs(tx: Tx, resolutionId: number, analysis: ResolutionAnalysis, fresh: boolean): Promise<Map<string, number>> {
  if (!fresh) await tx.paragraph.deleteMany({ where: { resolutionId } });
  const created = await tx.paragraph.createManyAndReturn({
    data: analysis.paragraphs.map((paragraph) => ({
      resolutionId,
      eId: paragraph.eId,
      kind: paragraph.kind,
      number: paragraph.number,
      subParagraph: paragraph.subParagraph,
      position: paragraph.position,
      text: paragraph.text,
      leadVerb: paragraph.leadVerb,
      footnoteSymbols: paragraph.footnotes.flatMap((footnote) => footnote.symbols),
    })),
    select: { id: true, eId: true },
  });
  return new Map(created.map((paragraph) => [paragraph.eId, paragraph.id]));
}

async function replaceFollowUpSources(tx: Tx, resolutionId: number, analysis: ResolutionAnalysis, fresh: boolean): Promise<void> {
  if (!fresh) await tx.resolutionRecall.deleteMany({ where: { resolutionId } });
  await tx.resolutionRecall.createMany({
    data: [...new Set(analysis.recalls)].map((recalledSymbol) => ({ resolutionId, recalledSymbol })),
    skipDuplicates: true,
  });
  if (!fresh) await tx.acknowledgedReport.deleteMany({ where: { resolutionId } });
  const acknowledged = analysis.acknowledgedReports.flatMap((report) =>
    report.symbols.map((symbol) => ({ resolutionId, paragraphRef: report.paragraph, symbol })),
  );
  await tx.acknowledgedReport.createMany({ data: acknowledged, skipDuplicates: true });
}

async function writeObligations(
  tx: Tx,
  resolutionId: number,
  paragraphIds: Map<string, number>,
  input: { analysis: ResolutionAnalysis; decisions: ObligationDecisionDto[] },
  actor: string,
  entries: AuditEntry[],
  fresh: boolean,
): Promise<Omit<WriteResult, 'resolutionId' | 'created'>> {
  const decisions = new Map(input.decisions.map((decision) => [decision.eId, decision]));
  const current = fresh ? [] : await tx.obligation.findMany({ where: { resolutionId } });
  const byEId = new Map(current.filter((o) => o.eId !== null).map((o) => [o.eId as string, o]));
  const extracted = new Set(input.analysis.obligations.map((o) => o.eId));
  const counts = { obligationsCreated: 0, obligationsUpdated: 0, obligationsRemoved: 0, obligationsKept: 0 };

  const toCreate: Prisma.ObligationCreateManyInput[] = [];
  for (const obligation of input.analysis.obligations) {
    const row = {
      ...obligationRow(obligation, decisions.get(obligation.eId)),
      resolutionId,
      paragraphId: paragraphIds.get(obligation.paragraphEId) ?? null,
    };
    const stored = byEId.get(obligation.eId);
    if (!stored) {
      toCreate.push(row);
    } else if (isHumanWork(stored)) {
      counts.obligationsKept += 1;
    } else {
      const updated = await tx.obligation.update({ where: { id: stored.id }, data: { ...row, version: { increment: 1 } } });
      entries.push({ actor, action: 'UPDATE', entityType: 'Obligation', entityId: stored.id, before: stored, after: updated });
      counts.obligationsUpdated += 1;
    }
  }
  const created = await tx.obligation.createManyAndReturn({ data: toCreate });
  counts.obligationsCreated = created.length;
  entries.push(
    ...created.map((obligation): AuditEntry => ({
      actor,
      action: 'CREATE',
      entityType: 'Obligation',
      entityId: obligation.id,
      after: obligation,
    })),
  );

  const gone = current.filter((o) => o.eId !== null && !extracted.has(o.eId) && !isHumanWork(o));
  if (gone.length > 0) await tx.obligation.deleteMany({ where: { id: { in: gone.map((o) => o.id) } } });
  entries.push(...gone.map((o): AuditEntry => ({ actor, action: 'DELETE', entityType: 'Obligation', entityId: o.id, before: o })));
  counts.obligationsRemoved = gone.length;
  await relinkKeptObligations(
    tx,
    current.filter((o) => !gone.includes(o) && isHumanWork(o)),
    paragraphIds,
  );
  counts.obligationsKept += current.filter((o) => o.eId !== null && !extracted.has(o.eId) && isHumanWork(o)).length;
  return counts;
}

/** Paragraph rows were replaced; reviewed obligations find theirs again by the stable eId. */
async function relinkKeptObligations(tx: Tx, kept: Obligation[], paragraphIds: Map<string, number>): Promise<void> {
  for (const obligation of kept) {
    if (obligation.eId === null) continue;
    const paragraphId = paragraphIds.get(paragraphEIdOf(obligation.eId)) ?? null;
    if (paragraphId !== obligation.paragraphId) await tx.obligation.update({ where: { id: obligation.id }, data: { paragraphId } });
  }
}
