import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';

/** An obligation as it stood at the end of the as-of day. */
export interface ObligationAsOf {
  id: number;
  resolutionId: number;
  paragraphRef: string;
  kind: string;
  actor: string;
  dueBody: string | null;
  dueSession: number | null;
  dueDate: string | null;
  status: string;
  statusReason: string | null;
  responsibleOffice: string | null;
  focalPoint: string | null;
}

export interface ResolutionAsOf {
  id: number;
  symbol: string;
  title: string;
  body: string;
  sessionNumber: number | null;
  adoptedOn: string | null;
}

/** A fulfilling link (FULFILS, not rejected) as it stood, with the trail's first record of it. */
export interface FulfillingLinkAsOf {
  id: number;
  obligationId: number;
  documentId: number;
  reviewState: string;
  origin: string;
  evidenceResolutionId: number | null;
  evidenceParagraph: string | null;
  evidenceNote: string | null;
  linkedAt: Date | null;
  linkedBy: string | null;
}

export interface DocumentAsOf {
  id: number;
  symbol: string;
  issuedOn: string | null;
}

/** When, and by whom, an obligation entered a status. */
export interface StatusChange {
  obligationId: number;
  status: string;
  occurredAt: Date;
  actor: string;
}

const MET = Prisma.sql`('SUBMITTED', 'FULFILLED')`;

/**
 * An entity's recorded state at an instant, rebuilt from the audit trail rather than read from today's row:
 *  - the `after` of its last event before the instant (none if that event is a deletion);
 *  - else, when its first event after the instant is not its creation, that event's `before` (it existed, written
 *    before the trail recorded it, e.g. by a bulk load), provided it was created before the instant;
 *  - else, for entities the trail never mentions, the current row, provided it was created before the instant.
 * `fallback` selects (entity_id text, state jsonb) from the current table for the last case.
 *
 * Every ORDER BY runs the (entity_type, entity_id, occurred_at, id) index in one direction, so PostgreSQL reads
 * each entity's first or last event without sorting the trail (migration 20261129140000). The DISTINCT ON picks
 * event ids from the index alone (an index-only scan of narrow tuples) and only the chosen events' wide rows, with
 * their JSON states, are read by primary key (OFFSET 0 keeps the planner, which underestimates the entities, from
 * merging with a scan of the whole trail instead): picking them from whole rows read 600,000 of them and sorted
 * 400,000 on disk for 100,000 obligations (EXPLAIN ANALYZE: 20 s of the report's 42 s).
 */
export function statesAsOf(entityType: string, end: Date, fallback: Prisma.Sql, onlyIds?: string[]): Prisma.Sql {
  const only = onlyIds ? Prisma.sql`AND entity_id = ANY(${onlyIds}::text[])` : Prisma.empty;
  return Prisma.sql`
    last_before AS (
      SELECT last.entity_id, e.action, e.after AS state
        FROM (SELECT DISTINCT ON (entity_id) entity_id, id
                FROM audit_event
               WHERE entity_type = ${entityType} AND occurred_at < ${end} ${only}
               ORDER BY entity_id DESC, occurred_at DESC, id DESC) last
        CROSS JOIN LATERAL (SELECT action, after FROM audit_event WHERE id = last.id OFFSET 0) e
    ),
    first_after AS (
      SELECT first.entity_id, e.action, e.before AS state
        FROM (SELECT DISTINCT ON (entity_id) entity_id, id
                FROM audit_event
               WHERE entity_type = ${entityType} AND occurred_at >= ${end} ${only}
               ORDER BY entity_id, occurred_at, id) first
        CROSS JOIN LATERAL (SELECT action, before FROM audit_event WHERE id = first.id OFFSET 0) e
       WHERE NOT EXISTS (SELECT 1 FROM last_before l WHERE l.entity_id = first.entity_id)
    ),
    states AS (
      SELECT entity_id, state FROM last_before WHERE action <> 'DELETE'
      UNION ALL
      SELECT f.entity_id, f.state FROM first_after f
       WHERE f.action <> 'CREATE'
         AND NOT EXISTS (SELECT 1 FROM last_before l WHERE l.entity_id = f.entity_id)
         AND COALESCE((f.state->>'createdAt')::timestamptz < ${end}, true)
      UNION ALL
      SELECT * FROM (${fallback}) AS current_rows(entity_id, state)
       WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = ${entityType} AND e.entity_id = current_rows.entity_id)
    )`;
}

/** Where the report reads: the API's client, or a transaction (an export's snapshot). */
export type ComplianceDb = Pick<Prisma.TransactionClient, '$queryRaw'>;
/** Runs one read; an export passes one that joins its snapshot. */
export type ComplianceRead = <T>(read: (db: ComplianceDb) => Promise<T>) => Promise<T>;

/** Reads the audit trail (and, for what it never recorded, the current rows) as it stood at an instant. */
@Injectable()
export class ComplianceRepository {
  constructor(private readonly prisma: PrismaService) {}

  obligations(end: Date, db: ComplianceDb = this.prisma): Promise<ObligationAsOf[]> {
    const current = Prisma.sql`
      SELECT o.id::text, jsonb_build_object(
        'resolutionId', o.resolution_id, 'paragraphRef', o.paragraph_ref, 'kind', o.kind, 'actor', o.actor,
        'dueBody', o.due_body, 'dueSession', o.due_session, 'dueDate', o.due_date, 'status', o.status,
        'statusReason', o.status_reason, 'responsibleOffice', o.responsible_office, 'focalPoint', o.focal_point)
        FROM obligation o WHERE o.created_at < ${end}`;
    return db.$queryRaw<ObligationAsOf[]>`
      WITH ${statesAsOf('Obligation', end, current)}
      SELECT entity_id::int AS "id",
             (state->>'resolutionId')::int AS "resolutionId",
             state->>'paragraphRef' AS "paragraphRef",
             state->>'kind' AS "kind",
             state->>'actor' AS "actor",
             state->>'dueBody' AS "dueBody",
             (state->>'dueSession')::int AS "dueSession",
             left(state->>'dueDate', 10) AS "dueDate",
             state->>'status' AS "status",
             state->>'statusReason' AS "statusReason",
             state->>'responsibleOffice' AS "responsibleOffice",
             state->>'focalPoint' AS "focalPoint"
        FROM states`;
  }

  resolutions(end: Date, db: ComplianceDb = this.prisma): Promise<ResolutionAsOf[]> {
    const current = Prisma.sql`
      SELECT r.id::text, jsonb_build_object('symbol', r.symbol, 'title', r.title, 'body', r.body, 'sessionNumber', r.session_number, 'adoptedOn', r.adopted_on)
        FROM resolution r WHERE r.created_at < ${end}`;
    return db.$queryRaw<ResolutionAsOf[]>`
      WITH ${statesAsOf('Resolution', end, current)}
      SELECT entity_id::int AS "id", state->>'symbol' AS "symbol", state->>'title' AS "title", state->>'body' AS "body",
             (state->>'sessionNumber')::int AS "sessionNumber", left(state->>'adoptedOn', 10) AS "adoptedOn"
        FROM states`;
  }

  /** Links that fulfilled an obligation at the instant: relation FULFILS and not rejected by then. */
  fulfillingLinks(end: Date, db: ComplianceDb = this.prisma): Promise<FulfillingLinkAsOf[]> {
    const current = Prisma.sql`
      SELECT l.id::text, jsonb_build_object(
        'obligationId', l.obligation_id, 'documentId', l.document_id, 'relation', l.relation, 'reviewState', l.review_state,
        'origin', l.origin, 'evidenceResolutionId', l.evidence_resolution_id, 'evidenceParagraph', l.evidence_paragraph,
        'evidenceNote', l.evidence_note, 'createdAt', l.created_at)
        FROM obligation_document l WHERE l.created_at < ${end}`;
    return db.$queryRaw<FulfillingLinkAsOf[]>`
      WITH ${statesAsOf('ObligationDocument', end, current)}
      SELECT s.entity_id::int AS "id",
             (s.state->>'obligationId')::int AS "obligationId",
             (s.state->>'documentId')::int AS "documentId",
             s.state->>'reviewState' AS "reviewState",
             s.state->>'origin' AS "origin",
             (s.state->>'evidenceResolutionId')::int AS "evidenceResolutionId",
             s.state->>'evidenceParagraph' AS "evidenceParagraph",
             s.state->>'evidenceNote' AS "evidenceNote",
             COALESCE(created.occurred_at, (s.state->>'createdAt')::timestamptz) AS "linkedAt",
             created.actor AS "linkedBy"
        FROM states s
        LEFT JOIN LATERAL (
          SELECT c.occurred_at, c.actor FROM audit_event c
           WHERE c.entity_type = 'ObligationDocument' AND c.entity_id = s.entity_id AND c.action = 'CREATE'
           ORDER BY c.occurred_at, c.id LIMIT 1
        ) created ON true
       WHERE s.state->>'relation' = 'FULFILS' AND s.state->>'reviewState' <> 'REJECTED'`;
  }

  async documents(end: Date, ids: number[], db: ComplianceDb = this.prisma): Promise<DocumentAsOf[]> {
    if (ids.length === 0) return [];
    const wanted = ids.map(String);
    const current = Prisma.sql`
      SELECT d.id::text, jsonb_build_object('symbol', d.symbol, 'issuedOn', d.issued_on, 'createdAt', d.created_at)
        FROM document d WHERE d.created_at < ${end} AND d.id = ANY(${ids}::int[])`;
    return db.$queryRaw<DocumentAsOf[]>`
      WITH ${statesAsOf('Document', end, current, wanted)}
      SELECT entity_id::int AS "id", state->>'symbol' AS "symbol", left(state->>'issuedOn', 10) AS "issuedOn" FROM states`;
  }

  /**
   * Each obligation's last change of status before the instant (who put it in the status it had then, and when),
   * and its last move from an open status into Submitted or Fulfilled (when it was met). One pass over the trail
   * serves both: the moves into Submitted or Fulfilled are changes of status too, and reading the events' JSON
   * twice cost two scans of the whole trail.
   */
  async statusChanges(end: Date, db: ComplianceDb = this.prisma): Promise<{ last: StatusChange[]; met: StatusChange[] }> {
    const rows = await db.$queryRaw<(StatusChange & { met: boolean })[]>`
      WITH changes AS MATERIALIZED (
        SELECT entity_id, occurred_at, id, after->>'status' AS status, actor,
               (after->>'status' IN ${MET} AND COALESCE(before->>'status', '') NOT IN ${MET}) AS met
          FROM audit_event
         WHERE entity_type = 'Obligation' AND occurred_at < ${end} AND action <> 'DELETE'
           AND (before IS NULL OR before->>'status' IS DISTINCT FROM after->>'status')
      )
      SELECT * FROM (
        SELECT DISTINCT ON (entity_id) entity_id::int AS "obligationId", status, occurred_at AS "occurredAt", actor, false AS met
          FROM changes ORDER BY entity_id DESC, occurred_at DESC, id DESC) last_change
      UNION ALL
      SELECT * FROM (
        SELECT DISTINCT ON (entity_id) entity_id::int AS "obligationId", status, occurred_at AS "occurredAt", actor, true AS met
          FROM changes WHERE met ORDER BY entity_id DESC, occurred_at DESC, id DESC) last_met`;
    const last: StatusChange[] = [];
    const met: StatusChange[] = [];
    for (const { met: isMet, ...change } of rows) (isMet ? met : last).push(change);
    return { last, met };
  }
}
