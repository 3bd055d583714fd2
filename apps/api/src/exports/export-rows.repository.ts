import { Injectable } from '@nestjs/common';
import { documentWhere } from '../documents/documents.service';
import type { DocumentFilterDto } from '../documents/dto/document-filter.dto';
import type { DocumentView, ObligationView, SessionView } from '@mandate-tracker/contracts';
import { dueStatusOf, type DueClock } from '../obligations/due/due-status';
import type { ExportSnapshot } from './export-database.service';
import { toDocumentView } from '../documents/document.view';
import type { ObligationFilterDto } from '../obligations/dto/obligation-filter.dto';
import { ObligationsService, type ObligationSortField } from '../obligations/obligations.service';
import type { SessionFilterDto } from '../sessions/dto/session-filter.dto';
import { SessionsService } from '../sessions/sessions.service';
import { toSessionView } from '../sessions/session.view';
import type { ObligationExportRow } from './sources/obligation-columns';

const BATCH = 2000;

/**
 * A batch of obligations in the order of the ids given, as the export's columns need them: enums as their codes,
 * the due date as YYYY-MM-DD, the last change in milliseconds (as the API's views round it), and the symbols of
 * the documents linked and not rejected, in the order they were linked.
 */
const OBLIGATION_BATCH_SQL = `
  SELECT o.id, r.symbol, r.title, o.paragraph_ref, o.kind::text, o.strength::text, o.actor, o.agenda_item_title,
         o.due_body::text, o.due_session, to_char(o.due_date, 'YYYY-MM-DD'), o.status::text, o.status_reason,
         o.fulfilling_links, o.review_state::text, o.responsible_office, o.focal_point,
         ARRAY(SELECT d.symbol FROM obligation_document l JOIN document d ON d.id = l.document_id
                WHERE l.obligation_id = o.id AND l.review_state <> 'REJECTED' ORDER BY l.id),
         o.quote, floor(extract(epoch FROM o.updated_at) * 1000)::float8
    FROM unnest($1::int[]) WITH ORDINALITY AS wanted(id, position)
    JOIN obligation o ON o.id = wanted.id
    JOIN resolution r ON r.id = o.resolution_id
   ORDER BY wanted.position`;

type ObligationBatchRow = [
  number,
  string,
  string,
  string,
  ObligationView['kind'],
  ObligationView['strength'],
  string,
  string | null,
  ObligationView['dueBody'],
  number | null,
  string | null,
  ObligationView['status'],
  string | null,
  number,
  ObligationView['reviewState'],
  string | null,
  string | null,
  string[],
  string,
  number,
];

function obligationRow(values: ObligationBatchRow, clock: DueClock): ObligationExportRow {
  const [id, symbol, title, paragraphRef, kind, strength, actor, agendaItemTitle, dueBody, dueSession, dueDate, status] = values;
  const proven = values[13] > 0;
  const { overdue } = dueStatusOf({ status, proven, dueDate, dueBody, dueSession }, clock);
  return {
    id,
    resolution: { symbol, title },
    paragraphRef,
    kind,
    strength,
    actor,
    agendaItemTitle,
    dueBody,
    dueSession,
    dueDate,
    status,
    statusReason: values[12],
    overdue,
    proven,
    reviewState: values[14],
    responsibleOffice: values[15],
    focalPoint: values[16],
    documents: values[17],
    quote: values[18],
    updatedAt: new Date(values[19]).toISOString(),
  };
}
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
    private readonly obligations: ObligationsService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * The obligations in the list's order, read in the export's snapshot: the ids through the list's own filter
   * (Prisma), then each batch in one statement that joins the resolution and the linked documents' symbols.
   */
  async obligationBatches(
    filter: ObligationFilterDto,
    sort: { field: ObligationSortField; direction: Direction },
    snapshot: ExportSnapshot,
  ) {
    const { where, clock } = await this.obligations.whereFor(filter);
    const nullable = sort.field === 'dueSession' || sort.field === 'dueDate';
    const order = nullable ? { sort: sort.direction, nulls: 'last' as const } : sort.direction;
    return async function* (): AsyncGenerator<ObligationExportRow[]> {
      const ids = (
        await snapshot.prismaRead((tx) =>
          tx.obligation.findMany({ where, select: { id: true }, orderBy: [{ [sort.field]: order }, { id: 'asc' }] }),
        )
      ).map((o) => o.id);
      yield* readAhead(chunks(ids, BATCH), async (chunk) =>
        (await snapshot.rows(OBLIGATION_BATCH_SQL, [chunk])).map((values) => obligationRow(values as ObligationBatchRow, clock)),
      );
    };
  }

  documentBatches(filter: DocumentFilterDto, sort: { field: string; direction: Direction }, snapshot: ExportSnapshot) {
    const where = documentWhere(filter);
    return async function* (): AsyncGenerator<DocumentView[]> {
      const ids = (
        await snapshot.prismaRead((tx) =>
          tx.document.findMany({ where, select: { id: true }, orderBy: [{ [sort.field]: sort.direction }, { id: 'asc' }] }),
        )
      ).map((d) => d.id);
      yield* readAhead(chunks(ids, BATCH), async (chunk) => {
        const records = await snapshot.prismaRead((tx) => tx.document.findMany({ where: { id: { in: chunk } } }));
        const byId = new Map(records.map((d) => [d.id, d]));
        return chunk.flatMap((id) => {
          const record = byId.get(id);
          return record ? [toDocumentView(record)] : [];
        });
      });
    };
  }

  async sessionBatches(filter: SessionFilterDto, sort: { field: string; direction: Direction }, snapshot: ExportSnapshot) {
    const where = await this.sessions.whereOf(filter);
    // Sessions are a few hundred rows: one batch.
    return async function* (): AsyncGenerator<SessionView[]> {
      const sessions = await snapshot.prismaRead((tx) =>
        tx.session.findMany({ where, orderBy: [{ [sort.field]: sort.direction }, { id: 'asc' }] }),
      );
      yield sessions.map(toSessionView);
    };
  }
}
