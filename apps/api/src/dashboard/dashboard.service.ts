import { Injectable } from '@nestjs/common';
import { Body, ObligationStatus, ReviewState } from '../generated/prisma/enums';
import { DueClockService } from '../obligations/due/due-clock.service';
import { SETTLED_STATUSES } from '../obligations/status-workflow';
import { DashboardRepository, type SessionCountRow } from './dashboard.repository';
import type { DashboardView, SessionDue, StatusCount } from './dashboard.view';
import { toRecentChange } from './recent-change';

/** "Due this session and next" means the General Assembly's: the body whose sessions the calendar knows. */
const SESSION_BODY = Body.GENERAL_ASSEMBLY;

export const UNASSIGNED_OFFICE = 'unassigned';

/** Adds up the counts of rows sharing a key. */
function sumBy<R extends { count: number }, K>(rows: R[], keyOf: (row: R) => K): Map<K, number> {
  const sums = new Map<K, number>();
  for (const row of rows) sums.set(keyOf(row), (sums.get(keyOf(row)) ?? 0) + row.count);
  return sums;
}

/** Every status in workflow order, zero where none: the admin's tiles and charts keep their places. */
function statusCounts(rows: { status: ObligationStatus; count: number }[]): StatusCount[] {
  const counts = sumBy(rows, (row) => row.status);
  return Object.values(ObligationStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

function sessionDue(number: number | undefined, rows: SessionCountRow[]): SessionDue | null {
  if (number === undefined) return null;
  const byStatus = statusCounts(rows.filter((row) => row.due_session === number));
  const total = byStatus.reduce((sum, entry) => sum + entry.count, 0);
  const open = byStatus.filter((entry) => !SETTLED_STATUSES.includes(entry.status)).reduce((sum, entry) => sum + entry.count, 0);
  return { body: SESSION_BODY, number, total, open, byStatus };
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly clock: DueClockService,
  ) {}

  async read(): Promise<DashboardView> {
    const clock = await this.clock.now();
    const current = clock.currentSession[SESSION_BODY];
    const next = current === undefined ? undefined : current + 1;
    const sessions = current === undefined || next === undefined ? [] : [current, next];
    const rows = await this.repository.read(clock, SESSION_BODY, sessions);

    const total = rows.grouped.reduce((sum, row) => sum + row.count, 0);
    const reviewCounts = sumBy(rows.grouped, (row) => row.review_state);
    const byOffice = rows.overdueByOffice.map((row) => ({
      office: row.office ?? UNASSIGNED_OFFICE,
      unassigned: row.office === null,
      count: row.count,
    }));
    return {
      asOf: { today: clock.today, currentSession: current === undefined ? null : { body: SESSION_BODY, number: current } },
      total,
      byStatus: statusCounts(rows.grouped),
      byReviewState: Object.values(ReviewState).map((reviewState) => ({ reviewState, count: reviewCounts.get(reviewState) ?? 0 })),
      overdue: { total: byOffice.reduce((sum, row) => sum + row.count, 0), byOffice },
      dueThisSession: sessionDue(current, rows.dueSessions),
      dueNextSession: sessionDue(next, rows.dueSessions),
      recentlyChanged: rows.recent.map(toRecentChange),
    };
  }
}
