import { Injectable } from '@nestjs/common';
import { documentWhere } from '../documents/documents.service';
import type { DocumentFilterDto } from '../documents/dto/document-filter.dto';
import type { DocumentView, SessionView } from '@mandate-tracker/contracts';
import { toDocumentView } from '../documents/document.view';
import type { ObligationFilterDto } from '../obligations/dto/obligation-filter.dto';
import { toObligationView } from '../obligations/obligation.view';
import { ObligationsService, type ObligationSortField } from '../obligations/obligations.service';
import { PrismaService } from '../prisma/prisma.service';
import type { SessionFilterDto } from '../sessions/dto/session-filter.dto';
import { SessionsService } from '../sessions/sessions.service';
import { toSessionView } from '../sessions/session.view';
import type { ObligationExportRow } from './sources/obligation-columns';

const BATCH = 1000;
type Direction = 'asc' | 'desc';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Reads each chunk while the one before is being written: the database's time and the writer's overlap. One
 * chunk ahead at most, so memory stays at two batches.
 */
async function* readAhead<T, R>(parts: T[][], read: (part: T[]) => Promise<R[]>): AsyncGenerator<R[]> {
  let next = parts[0] ? read(parts[0]) : undefined;
  for (let i = 0; next; i += 1) {
    const current = next;
    const following = parts[i + 1];
    next = following ? read(following) : undefined;
    // A reader that stops early leaves the read ahead unawaited: its failure must not surface as unhandled.
    next?.catch(() => undefined);
    yield await current;
  }
}

/**
 * The rows of the list exports, read a batch at a time with the lists' own filters. The ids come first, in the
 * list's order (a few bytes a row); each batch is then read whole by id, so memory does not grow with rows.
 */
@Injectable()
export class ExportRowsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly obligations: ObligationsService,
    private readonly sessions: SessionsService,
  ) {}

  async obligationBatches(filter: ObligationFilterDto, sort: { field: ObligationSortField; direction: Direction }) {
    const { where, clock } = await this.obligations.whereFor(filter);
    const nullable = sort.field === 'dueSession' || sort.field === 'dueDate';
    const order = nullable ? { sort: sort.direction, nulls: 'last' as const } : sort.direction;
    const prisma = this.prisma;
    return async function* (): AsyncGenerator<ObligationExportRow[]> {
      const ids = (
        await prisma.obligation.findMany({ where, select: { id: true }, orderBy: [{ [sort.field]: order }, { id: 'asc' }] })
      ).map((o) => o.id);
      yield* readAhead(chunks(ids, BATCH), async (chunk) => {
        const records = await prisma.obligation.findMany({
          where: { id: { in: chunk } },
          include: {
            resolution: { select: { id: true, symbol: true, title: true, sessionNumber: true } },
            documents: {
              where: { reviewState: { not: 'REJECTED' } },
              select: { document: { select: { symbol: true } } },
              orderBy: { id: 'asc' },
            },
          },
        });
        const byId = new Map(records.map((record) => [record.id, record]));
        return chunk.flatMap((id) => {
          const record = byId.get(id);
          if (!record) return [];
          const { documents, ...obligation } = record;
          return [{ ...toObligationView(obligation, clock), documents: documents.map((link) => link.document.symbol) }];
        });
      });
    };
  }

  documentBatches(filter: DocumentFilterDto, sort: { field: string; direction: Direction }) {
    const where = documentWhere(filter);
    const prisma = this.prisma;
    return async function* (): AsyncGenerator<DocumentView[]> {
      const ids = (
        await prisma.document.findMany({ where, select: { id: true }, orderBy: [{ [sort.field]: sort.direction }, { id: 'asc' }] })
      ).map((d) => d.id);
      yield* readAhead(chunks(ids, BATCH), async (chunk) => {
        const byId = new Map((await prisma.document.findMany({ where: { id: { in: chunk } } })).map((d) => [d.id, d]));
        return chunk.flatMap((id) => {
          const record = byId.get(id);
          return record ? [toDocumentView(record)] : [];
        });
      });
    };
  }

  async sessionBatches(filter: SessionFilterDto, sort: { field: string; direction: Direction }) {
    const where = await this.sessions.whereOf(filter);
    const prisma = this.prisma;
    // Sessions are a few hundred rows: one batch.
    return async function* (): AsyncGenerator<SessionView[]> {
      yield (await prisma.session.findMany({ where, orderBy: [{ [sort.field]: sort.direction }, { id: 'asc' }] })).map(toSessionView);
    };
  }
}
