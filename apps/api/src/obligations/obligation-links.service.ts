import type { DocumentLinkView } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import type { AuditEntry } from '../audit/audit.service';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { readSymbolList } from '../documents/document-symbols';
import type { ObligationDocument } from '../generated/prisma/client';
import { DocumentsService } from '../documents/documents.service';
import { PrismaService } from '../prisma/prisma.service';
import { toDocumentLinkView } from './document-link.view';
import { assertOfficeMayChange, type OfficeLimit } from '../auth/office-limit';
import type { Prisma } from '../generated/prisma/client';
import { updateVersioned } from '../audit/audited-change';
import type { LinkDocumentDto, ReviewLinkDto } from './dto/link-document.dto';

/** The documents that fulfil (or relate to) an obligation, as people record and review them. */
@Injectable()
export class ObligationLinksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
  ) {}

  /** Records the documents the symbol names (creating those not yet known) and links each, confirmed. */
  async link(obligationId: number, input: LinkDocumentDto, actor: string, offices: OfficeLimit = null): Promise<DocumentLinkView[]> {
    const list = readSymbolList(input.symbol);
    if (!list.valid) throw AppError.validation({ symbol: list.message });
    return this.prisma.transaction(async (tx) => {
      await this.assertMayChange(tx, obligationId, offices);
      const documents = await this.documents.recordNamed(tx, list.symbols, actor);
      const links = await tx.obligationDocument.createManyAndReturn({
        data: documents.map((document) => ({
          obligationId,
          documentId: document.id,
          relation: input.relation ?? 'FULFILS',
          evidenceNote: input.evidenceNote ?? null,
          origin: 'MANUAL' as const,
          reviewState: 'CONFIRMED' as const,
        })),
        skipDuplicates: true,
      });
      await this.audit.recordMany(
        tx,
        links.map((link): AuditEntry => ({
          actor,
          action: 'CREATE',
          entityType: 'ObligationDocument',
          entityId: link.id,
          after: link,
        })),
      );
      return links.map(toDocumentLinkView);
    });
  }

  async review(
    obligationId: number,
    linkId: number,
    input: ReviewLinkDto,
    actor: string,
    offices: OfficeLimit = null,
  ): Promise<DocumentLinkView> {
    return this.prisma.transaction(async (tx) => {
      await this.assertMayChange(tx, obligationId, offices);
      return updateVersioned<ObligationDocument, DocumentLinkView>({
        tx,
        audit: this.audit,
        actor,
        entity: 'ObligationDocument',
        id: linkId,
        version: input.version,
        // Only a link of the obligation in the address: another obligation's link id is 404, not reviewed from here.
        find: () => tx.obligationDocument.findFirst({ where: { id: linkId, obligationId } }),
        // Confirming a confirmed link changes nothing: no write, no line in the history.
        unchanged: (link) => link.reviewState === input.reviewState,
        apply: (link) =>
          tx.obligationDocument.update({
            where: { id: linkId, version: link.version },
            data: { reviewState: input.reviewState, version: { increment: 1 } },
          }),
        view: toDocumentLinkView,
      });
    });
  }

  async unlink(obligationId: number, linkId: number, actor: string, offices: OfficeLimit = null): Promise<DocumentLinkView> {
    return this.prisma.transaction(async (tx) => {
      await this.assertMayChange(tx, obligationId, offices);
      const link = await tx.obligationDocument.findFirst({ where: { id: linkId, obligationId } });
      if (!link) throw AppError.notFound('Link', linkId);
      await tx.obligationDocument.delete({ where: { id: linkId } });
      await this.audit.record(tx, { actor, action: 'DELETE', entityType: 'ObligationDocument', entityId: linkId, before: link });
      return toDocumentLinkView(link);
    });
  }

  /** 404 for an unknown obligation; 403 when it belongs to an office the user may not change. */
  private async assertMayChange(tx: Prisma.TransactionClient, obligationId: number, offices: OfficeLimit): Promise<void> {
    const obligation = await tx.obligation.findUnique({ where: { id: obligationId }, select: { responsibleOffice: true } });
    if (!obligation) throw AppError.notFound('Obligation', obligationId);
    assertOfficeMayChange(offices, obligation.responsibleOffice, obligationId);
  }
}
