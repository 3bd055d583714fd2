import type { ResolutionDeletionView, ResolutionSummary, ResolutionView } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { normaliseSymbol } from '@mandate-tracker/resolution-parser';
import { createAudited, deleteAudited, updateVersioned } from '../audit/audited-change';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { checksumOf } from '../common/checksum';
import { AppError } from '../common/errors/app-error';
import { fromIsoDate } from '../common/iso-date';
import type { ListPage } from '../common/list/list-page';
import { searchWordConditions } from '../common/list/search-words';
import { ListTotals } from '../common/list/list-totals';
import type { ListRequest } from '../common/list/parse-list-query';
import type { Prisma } from '../generated/prisma/client';
import { SourceFormat } from '../generated/prisma/enums';
import { PrismaService } from '../prisma/prisma.service';
import type { CreateResolutionDto } from './dto/create-resolution.dto';
import type { ResolutionFilterDto } from './dto/resolution-filter.dto';
import type { UpdateResolutionDto } from './dto/update-resolution.dto';
import { toResolutionSummary, toResolutionView } from './resolution.view';

export const RESOLUTION_SORTABLE = ['id', 'symbol', 'title', 'sessionNumber', 'adoptedOn', 'createdAt', 'updatedAt'] as const;
export type ResolutionSortField = (typeof RESOLUTION_SORTABLE)[number];

/** Omitted from lists: the full source text is for the record page. */
const SUMMARY_SELECT = { sourceText: true } as const;

function whereOf(filter: ResolutionFilterDto): Prisma.ResolutionWhereInput {
  const where: Prisma.ResolutionWhereInput = {};
  if (filter.id) where.id = { in: filter.id };
  if (filter.body) where.body = filter.body;
  if (filter.sessionNumber) where.sessionNumber = filter.sessionNumber;
  if (filter.agendaItemNumber) where.agendaItemNumber = filter.agendaItemNumber;
  if (filter.adoptedFrom || filter.adoptedTo) {
    where.adoptedOn = { gte: fromIsoDate(filter.adoptedFrom) ?? undefined, lte: fromIsoDate(filter.adoptedTo) ?? undefined };
  }
  const words = searchWordConditions(filter.q);
  if (words.length > 0) where.AND = words;
  return where;
}

@Injectable()
export class ResolutionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly totals: ListTotals,
  ) {}

  async list(request: ListRequest<ResolutionFilterDto, ResolutionSortField>): Promise<ListPage<ResolutionSummary>> {
    const where = whereOf(request.filter);
    return this.totals.page('resolutions', where, {
      skip: request.skip,
      rows: () =>
        this.prisma.resolution.findMany({
          where,
          omit: SUMMARY_SELECT,
          orderBy: [{ [request.sort.field]: request.sort.direction }, { id: 'asc' }],
          skip: request.skip,
          take: request.take,
        }),
      count: () => this.prisma.resolution.count({ where }),
      view: toResolutionSummary,
    });
  }

  async get(id: number): Promise<ResolutionView> {
    const record = await this.prisma.resolution.findUnique({ where: { id } });
    if (!record) throw AppError.notFound('Resolution', id);
    return toResolutionView(record);
  }

  async create(input: CreateResolutionDto, actor: string): Promise<ResolutionView> {
    const sourceText = input.sourceText ?? '';
    return this.prisma.transaction((tx) =>
      createAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'Resolution',
        create: () =>
          tx.resolution.create({
            data: {
              ...input,
              symbol: normaliseSymbol(input.symbol),
              committeeReport: input.committeeReport ? normaliseSymbol(input.committeeReport) : input.committeeReport,
              adoptedOn: fromIsoDate(input.adoptedOn),
              sourceText,
              sourceFormat: input.sourceFormat ?? SourceFormat.PLAIN,
              checksum: checksumOf(sourceText),
            },
          }),
        view: toResolutionView,
      }),
    );
  }

  async update(id: number, input: UpdateResolutionDto, actor: string): Promise<ResolutionView> {
    const { version, ...changes } = input;
    return this.prisma.transaction((tx) =>
      updateVersioned({
        tx,
        audit: this.audit,
        actor,
        entity: 'Resolution',
        id,
        version,
        find: () => tx.resolution.findUnique({ where: { id } }),
        apply: (current) => {
          const data: Prisma.ResolutionUpdateInput = { ...changes, adoptedOn: fromIsoDate(changes.adoptedOn), version: { increment: 1 } };
          if (changes.symbol !== undefined) data.symbol = normaliseSymbol(changes.symbol);
          if (changes.committeeReport) data.committeeReport = normaliseSymbol(changes.committeeReport);
          if (changes.sourceText !== undefined) data.checksum = checksumOf(changes.sourceText);
          // The version in the WHERE clause makes a concurrent writer fail instead of overwriting.
          return tx.resolution.update({ where: { id, version: current.version }, data });
        },
        view: toResolutionView,
      }),
    );
  }

  /** What a deletion would take with it, counted as the cascade would remove it. */
  async deletionPreview(id: number): Promise<ResolutionDeletionView> {
    const resolution = await this.prisma.resolution.findUnique({ where: { id }, select: { id: true, symbol: true } });
    if (!resolution) throw AppError.notFound('Resolution', id);
    const ofIt = { obligation: { resolutionId: id } };
    const [paragraphs, obligations, obligationsFollowedUp, notes, documentLinks, evidenceLinks] = await Promise.all([
      this.prisma.paragraph.count({ where: { resolutionId: id } }),
      this.prisma.obligation.count({ where: { resolutionId: id } }),
      this.prisma.obligation.count({
        where: {
          resolutionId: id,
          OR: [
            { status: { not: 'PENDING' } },
            { responsibleOffice: { not: null } },
            { focalPoint: { not: null } },
            { reviewState: { not: 'NEEDS_REVIEW' } },
          ],
        },
      }),
      this.prisma.obligationNote.count({ where: ofIt }),
      this.prisma.obligationDocument.count({ where: ofIt }),
      this.prisma.obligationDocument.count({ where: { evidenceResolutionId: id, NOT: ofIt } }),
    ]);
    return { ...resolution, paragraphs, obligations, obligationsFollowedUp, notes, documentLinks, evidenceLinks };
  }

  async remove(id: number, actor: string): Promise<ResolutionView> {
    // Its obligations go with it.
    return this.prisma.transaction((tx) =>
      deleteAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'Resolution',
        id,
        find: () => tx.resolution.findUnique({ where: { id } }),
        remove: async () => {
          await this.recordCascade(tx, id, actor);
          return tx.resolution.delete({ where: { id } });
        },
        view: toResolutionView,
      }),
    );
  }

  /**
   * The database deletes a resolution's obligations, and the links that cite it
   * as evidence, with it; the audit trail must still show each of them going.
   */
  private async recordCascade(tx: Prisma.TransactionClient, id: number, actor: string): Promise<void> {
    const [obligations, links] = await Promise.all([
      tx.obligation.findMany({ where: { resolutionId: id } }),
      tx.obligationDocument.findMany({ where: { OR: [{ obligation: { resolutionId: id } }, { evidenceResolutionId: id }] } }),
    ]);
    await this.audit.recordMany(tx, [
      ...links.map((link): AuditEntry => ({ actor, action: 'DELETE', entityType: 'ObligationDocument', entityId: link.id, before: link })),
      ...obligations.map((obligation): AuditEntry => ({
        actor,
        action: 'DELETE',
        entityType: 'Obligation',
        entityId: obligation.id,
        before: obligation,
      })),
    ]);
  }
}
