import type { FollowUpLinkMade } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import type { AuditEntry } from '../audit/audit.service';
import { AuditService } from '../audit/audit.service';
import { DocumentsService } from '../documents/documents.service';
import type { Prisma } from '../generated/prisma/client';
import type { Obligation } from '../prisma/filter-only-columns';
import { ancestorIds, descendantIds } from '../series/series.repository';

type Tx = Prisma.TransactionClient;

interface ProposedLink {
  obligationId: number;
  symbol: string;
  evidenceResolutionId: number;
  evidenceParagraph: string | null;
  evidenceNote: string;
}

/**
 * Proposes the links that prove follow-up, from whichever side has just
 * arrived: a REPORT due at session S is fulfilled by the reports a later
 * resolution of its series, adopted at S, acknowledges; an AGENDA_ITEM due at
 * session S is met by a resolution under that item's title adopted at S.
 * Links are added, never removed: people review them, and a rejected link
 * stays rejected.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
  ) {}

  /** Adds the links the resolution's arrival proposes; answers those made, as people cite them, for the importer to read. */
  async linkAround(tx: Tx, resolutionId: number, actor: string): Promise<FollowUpLinkMade[]> {
    const obligations = await this.candidateObligations(tx, resolutionId);
    // Several REPORT obligations of one resolution share its later series: look it up once per call.
    const later = new Map<number, Promise<number[]>>();
    const laterOf = (id: number): Promise<number[]> => {
      const known = later.get(id) ?? descendantIds(tx, id);
      later.set(id, known);
      return known;
    };
    const proposals: ProposedLink[] = [];
    for (const obligation of obligations) {
      if (obligation.kind === 'REPORT') proposals.push(...(await this.reportEvidence(tx, obligation, laterOf)));
      else proposals.push(...(await this.agendaEvidence(tx, obligation)));
    }
    return this.store(tx, proposals, actor);
  }

  /** The obligations that the resolution could prove, and its own that others could prove. */
  private async candidateObligations(tx: Tx, resolutionId: number): Promise<Obligation[]> {
    const resolution = await tx.resolution.findUniqueOrThrow({
      where: { id: resolutionId },
      select: { body: true, sessionNumber: true, title: true },
    });
    const provable: Prisma.ObligationWhereInput[] = [{ resolutionId, kind: { in: ['REPORT', 'AGENDA_ITEM'] } }];
    if (resolution.sessionNumber !== null) {
      const due = { dueBody: resolution.body, dueSession: resolution.sessionNumber };
      provable.push({ ...due, kind: 'REPORT', resolutionId: { in: await ancestorIds(tx, resolutionId) } });
      provable.push({ ...due, kind: 'AGENDA_ITEM', agendaItemTitle: { equals: resolution.title, mode: 'insensitive' } });
    }
    return tx.obligation.findMany({ where: { OR: provable, reviewState: { not: 'REJECTED' } } });
  }

  private async reportEvidence(
    tx: Tx,
    obligation: Obligation,
    laterOf: (resolutionId: number) => Promise<number[]>,
  ): Promise<ProposedLink[]> {
    if (obligation.dueSession === null) return [];
    const later = await laterOf(obligation.resolutionId);
    // Nothing recalls its resolution yet, so nothing can acknowledge its report: spare the query.
    if (later.length === 0) return [];
    const acknowledgements = await tx.acknowledgedReport.findMany({
      where: { resolution: { id: { in: later }, sessionNumber: obligation.dueSession, body: obligation.dueBody ?? undefined } },
      include: { resolution: { select: { symbol: true } } },
    });
    return acknowledgements.map((acknowledgement) => ({
      obligationId: obligation.id,
      symbol: acknowledgement.symbol,
      evidenceResolutionId: acknowledgement.resolutionId,
      evidenceParagraph: acknowledgement.paragraphRef,
      evidenceNote: `${acknowledgement.resolution.symbol}, paragraph ${acknowledgement.paragraphRef}, acknowledges ${acknowledgement.symbol}`,
    }));
  }

  private async agendaEvidence(tx: Tx, obligation: Obligation): Promise<ProposedLink[]> {
    if (obligation.dueSession === null || !obligation.agendaItemTitle) return [];
    const adopted = await tx.resolution.findMany({
      where: {
        id: { not: obligation.resolutionId },
        body: obligation.dueBody ?? undefined,
        sessionNumber: obligation.dueSession,
        title: { equals: obligation.agendaItemTitle, mode: 'insensitive' },
      },
      select: { id: true, symbol: true },
    });
    return adopted.map((resolution) => ({
      obligationId: obligation.id,
      symbol: resolution.symbol,
      evidenceResolutionId: resolution.id,
      evidenceParagraph: null,
      evidenceNote: `${resolution.symbol} was adopted under the item at the session it was due`,
    }));
  }

  private async store(tx: Tx, proposals: ProposedLink[], actor: string): Promise<FollowUpLinkMade[]> {
    if (proposals.length === 0) return [];
    const documents = await this.documents.recordNamed(
      tx,
      proposals.map((proposal) => proposal.symbol),
      actor,
    );
    const documentIds = new Map(documents.map((document) => [document.symbol, document.id]));
    // In obligation order: each proving link locks its obligation's row (the trigger counting proof, migration
    // 20261123200000), and one order for everyone keeps two imports proving the same obligations from deadlocking.
    const inLockOrder = [...proposals].sort((left, right) => left.obligationId - right.obligationId);
    const created = await tx.obligationDocument.createManyAndReturn({
      data: inLockOrder.map(({ symbol, ...link }) => ({
        ...link,
        documentId: documentIds.get(symbol) as number,
        relation: 'FULFILS',
        origin: 'AUTOMATIC',
      })),
      skipDuplicates: true,
    });
    await this.audit.recordMany(
      tx,
      created.map((link): AuditEntry => ({ actor, action: 'CREATE', entityType: 'ObligationDocument', entityId: link.id, after: link })),
    );
    return this.described(tx, created, documents);
  }

  private async described(
    tx: Tx,
    created: { obligationId: number; documentId: number; evidenceNote: string | null }[],
    documents: { id: number; symbol: string }[],
  ): Promise<FollowUpLinkMade[]> {
    if (created.length === 0) return [];
    const obligations = await tx.obligation.findMany({
      where: { id: { in: created.map((link) => link.obligationId) } },
      select: { id: true, paragraphRef: true, resolution: { select: { symbol: true } } },
    });
    const cited = new Map(obligations.map((o) => [o.id, `${o.resolution.symbol}, para. ${o.paragraphRef}`]));
    const symbols = new Map(documents.map((document) => [document.id, document.symbol]));
    return created.map((link) => ({
      obligationId: link.obligationId,
      obligation: cited.get(link.obligationId) ?? String(link.obligationId),
      document: symbols.get(link.documentId) ?? String(link.documentId),
      evidence: link.evidenceNote ?? '',
    }));
  }
}
