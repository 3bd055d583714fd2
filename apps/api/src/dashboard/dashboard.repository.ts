import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import type { AuditAction, Body, ObligationStatus, ReviewState } from '../generated/prisma/enums';
import { dueSql, type DueClock } from '../obligations/due/due-status';
import { PrismaService } from '../prisma/prisma.service';

export interface GroupedCountRow {
  status: ObligationStatus;
  review_state: ReviewState;
  count: number;
}

export interface OfficeCountRow {
  office: string | null;
  count: number;
}

export interface SessionCountRow {
  due_session: number;
  status: ObligationStatus;
  count: number;
}

export interface AuditRow {
  id: bigint;
  occurred_at: Date;
  actor: string;
  action: AuditAction;
  obligation_id: number;
  obligation_exists: boolean;
  resolution_id: number | null;
  resolution_symbol: string | null;
  paragraph_ref: string | null;
  before: unknown;
  after: unknown;
}

export interface DashboardRows {
  grouped: GroupedCountRow[];
  overdueByOffice: OfficeCountRow[];
  dueSessions: SessionCountRow[];
  recent: AuditRow[];
}

export const RECENT_CHANGES = 10;

/**
 * The dashboard's four grouped queries, run in one repeatable-read transaction so the counts
 * agree with each other (one snapshot) and the database does the counting, however many
 * obligations there are.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly prisma: PrismaService) {}

  async read(clock: DueClock, sessionBody: Body, sessions: number[]): Promise<DashboardRows> {
    const [grouped, overdueByOffice, dueSessions, recent] = await this.prisma.$transaction(
      [
        // One scan into at most 18 groups, summed by status and by review state in the service:
        // GROUPING SETS gave the same in a plan four times slower at 100,000 obligations.
        this.prisma.$queryRaw<GroupedCountRow[]>`
          SELECT o.status, o.review_state, count(*)::int AS count
            FROM obligation o
           GROUP BY o.status, o.review_state`,
        this.prisma.$queryRaw<OfficeCountRow[]>`
          SELECT o.responsible_office AS office, count(*)::int AS count
            FROM obligation o
           WHERE ${dueSql('overdue', clock)}
           GROUP BY o.responsible_office
           ORDER BY count DESC, office NULLS LAST`,
        this.prisma.$queryRaw<SessionCountRow[]>`
          SELECT o.due_session, o.status, count(*)::int AS count
            FROM obligation o
           WHERE o.due_body = ${sessionBody}::body AND o.due_session IN (${Prisma.join(sessions.length > 0 ? sessions : [0])})
           GROUP BY o.due_session, o.status`,
        this.recentChanges(),
      ],
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
    );
    return { grouped, overdueByOffice, dueSessions, recent };
  }

  /**
   * The latest obligation events with the obligation's resolution and paragraph; a deleted
   * obligation's come from the state the event recorded. entity_id is text: only digits are cast.
   */
  private recentChanges(): Prisma.PrismaPromise<AuditRow[]> {
    return this.prisma.$queryRaw<AuditRow[]>`
      SELECT a.id, a.occurred_at, a.actor, a.action, e.obligation_id, (o.id IS NOT NULL) AS obligation_exists,
             r.id AS resolution_id,
             -- A resolution deleted with its obligations is still named, by the last state the trail recorded of it.
             coalesce(r.symbol, (SELECT coalesce(re.after, re.before)->>'symbol' FROM audit_event re
                                  WHERE re.entity_type = 'Resolution'
                                    AND re.entity_id = coalesce(a.after, a.before)->>'resolutionId'
                                  ORDER BY re.id DESC LIMIT 1)) AS resolution_symbol,
             coalesce(o.paragraph_ref, coalesce(a.after, a.before)->>'paragraphRef') AS paragraph_ref,
             a.before, a.after
        FROM (SELECT * FROM audit_event
               WHERE entity_type = 'Obligation' AND entity_id ~ '^[0-9]{1,9}$'
               ORDER BY occurred_at DESC, id DESC
               LIMIT ${RECENT_CHANGES}) a
        CROSS JOIN LATERAL (SELECT a.entity_id::int AS obligation_id) e
        LEFT JOIN obligation o ON o.id = e.obligation_id
        LEFT JOIN resolution r ON r.id = coalesce(o.resolution_id, CASE WHEN coalesce(a.after, a.before)->>'resolutionId' ~ '^[0-9]{1,9}$'
                                                                        THEN (coalesce(a.after, a.before)->>'resolutionId')::int END)
       ORDER BY a.occurred_at DESC, a.id DESC`;
  }
}
