import type { DocumentCreatedView, DocumentDetailView, DocumentView } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { normaliseSymbol } from '@mandate-tracker/resolution-parser';
import { createAudited, deleteAudited, updateVersioned } from '../audit/audited-change';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import { fromIsoDate } from '../common/iso-date';
import type { ListPage } from '../common/list/list-page';
import { searchWordConditions } from '../common/list/search-words';
import { ListTotals } from '../common/list/list-totals';
import type { ListRequest } from '../common/list/parse-list-query';
import type { Document, Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { documentKindOf } from './document-kind';
import { kindOf, readSymbolList } from './document-symbols';
import { toDocumentDetailView, toDocumentView, WITH_LINKS } from './document.view';
import type { CreateDocumentDto } from './dto/create-document.dto';
import type { DocumentFilterDto } from './dto/document-filter.dto';
import type { UpdateDocumentDto } from './dto/update-document.dto';

export const DOCUMENT_SORTABLE = ['id', 'symbol', 'issuedOn', 'createdAt'] as const;
export type DocumentSortField = (typeof DOCUMENT_SORTABLE)[number];

/** The list's filter as a condition; exports reuse it. */
export function documentWhere(filter: DocumentFilterDto): Prisma.DocumentWhereInput {
  const where: Prisma.DocumentWhereInput = {};
  if (filter.id) where.id = { in: filter.id };
  if (filter.kind) where.kind = filter.kind;
  const words = searchWordConditions(filter.q);
  if (words.length > 0) where.AND = words;
  return where;
}

/** An empty title means none; the admin's cleared input arrives as "". */
const titleOf = (title: string | null | undefined) => (title === undefined ? undefined : title?.trim() || null);

@Injectable()
export class DocumentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly totals: ListTotals,
  ) {}

  async list(request: ListRequest<DocumentFilterDto, DocumentSortField>): Promise<ListPage<DocumentView>> {
    const where = documentWhere(request.filter);
    return this.totals.page('documents', where, {
      skip: request.skip,
      rows: () =>
        this.prisma.document.findMany({
          where,
          orderBy: [{ [request.sort.field]: request.sort.direction }, { id: 'asc' }],
          skip: request.skip,
          take: request.take,
        }),
      count: () => this.prisma.document.count({ where }),
      view: toDocumentView,
    });
  }

  async get(id: number): Promise<DocumentDetailView> {
    const record = await this.prisma.document.findUnique({ where: { id }, include: WITH_LINKS });
    if (!record) throw AppError.notFound('Document', id);
    return toDocumentDetailView(record);
  }

  /**
   * Records every document the symbol field names, in one transaction: those already recorded are reported in
   * `existing`, not duplicated; when all were, the answer is 409.
   */
  async create(input: CreateDocumentDto, actor: string): Promise<DocumentCreatedView> {
    const list = readSymbolList(input.symbol);
    if (!list.valid) throw AppError.validation({ symbol: list.message });
    const [first] = list.symbols;
    if (first === undefined) throw AppError.validation({ symbol: 'names no document' });
    return this.prisma.transaction(async (tx) => {
      const existing = (await tx.document.findMany({ where: { symbol: { in: list.symbols } }, select: { symbol: true } })).map(
        (d) => d.symbol,
      );
      if (existing.length === list.symbols.length) {
        throw new AppError(ErrorCode.DUPLICATE, `Already recorded: ${existing.join(', ')}`, { target: 'symbol', existing });
      }
      const recorded: string[] = [];
      for (const [position, symbol] of list.symbols.entries()) {
        if (existing.includes(symbol)) continue;
        await createAudited({
          tx,
          audit: this.audit,
          actor,
          entity: 'Document',
          create: () =>
            tx.document.create({
              data: {
                symbol,
                kind: kindOf(symbol, position, input.kind),
                title: titleOf(input.title) ?? null,
                // The date printed on the first document; its corrigenda and addenda were issued later.
                issuedOn: position === 0 ? fromIsoDate(input.issuedOn) : null,
              },
            }),
          view: toDocumentView,
        });
        recorded.push(symbol);
      }
      const answer = await tx.document.findUniqueOrThrow({ where: { symbol: first }, include: WITH_LINKS });
      return { ...toDocumentDetailView(answer), recorded, existing };
    });
  }

  /**
   * The one way documents come into being besides the form above: a link typed by someone, a report a resolution
   * acknowledges on import, a follow-up the linker found. In the caller's transaction; the documents not yet
   * recorded are created with the kind their symbol says, each with its audit event (as the form's are), and
   * every named document is returned. ON CONFLICT DO NOTHING: two imports naming one report do not collide.
   */
  async recordNamed(tx: Prisma.TransactionClient, symbols: readonly string[], actor: string): Promise<Document[]> {
    const named = [...new Set(symbols)];
    if (named.length === 0) return [];
    const created = await tx.document.createManyAndReturn({
      data: named.map((symbol) => ({ symbol, kind: documentKindOf(symbol) })),
      skipDuplicates: true,
    });
    await this.audit.recordMany(
      tx,
      created.map((document) => ({
        actor,
        action: 'CREATE',
        entityType: 'Document',
        entityId: document.id,
        after: toDocumentView(document),
      })),
    );
    return tx.document.findMany({ where: { symbol: { in: named } } });
  }

  async update(id: number, input: UpdateDocumentDto, actor: string): Promise<DocumentDetailView> {
    const { version, ...changes } = input;
    return this.prisma.transaction((tx) =>
      updateVersioned({
        tx,
        audit: this.audit,
        actor,
        entity: 'Document',
        id,
        version,
        find: () => tx.document.findUnique({ where: { id }, include: WITH_LINKS }),
        apply: (current) => {
          const data: Prisma.DocumentUpdateInput = {
            kind: changes.kind,
            title: titleOf(changes.title),
            issuedOn: fromIsoDate(changes.issuedOn),
            symbol: changes.symbol === undefined ? undefined : normaliseSymbol(changes.symbol),
            version: { increment: 1 },
          };
          return tx.document.update({ where: { id, version: current.version }, data, include: WITH_LINKS });
        },
        view: toDocumentDetailView,
      }),
    );
  }

  /** Deleting a document removes its links (cascade); each link's removal is audited too, for the obligation's history. */
  async remove(id: number, actor: string): Promise<DocumentDetailView> {
    return this.prisma.transaction((tx) =>
      deleteAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'Document',
        id,
        find: () => tx.document.findUnique({ where: { id }, include: WITH_LINKS }),
        remove: async () => {
          const links = await tx.obligationDocument.findMany({ where: { documentId: id } });
          await tx.document.delete({ where: { id } });
          for (const link of links) {
            await this.audit.record(tx, { actor, action: 'DELETE', entityType: 'ObligationDocument', entityId: link.id, before: link });
          }
        },
        view: toDocumentDetailView,
      }),
    );
  }
}
