import { Prisma } from '../generated/prisma/client';
import type { DueClock } from '../obligations/due-status';
import { SETTLED_STATUSES } from '../obligations/status-workflow';

/**
 * dueStatusOf's "overdue" as a SQL condition on obligation `o`, so the dashboard counts in the
 * database what the obligations list derives per record: not settled, not proven by a document,
 * and past its due date or due at a session before the one its body is in today.
 */
export function overdueCondition(clock: DueClock): Prisma.Sql {
  const settled = Prisma.join(SETTLED_STATUSES.map((status) => Prisma.sql`${status}::obligation_status`));
  const past = [
    Prisma.sql`o.due_date < ${clock.today}::date`,
    ...Object.entries(clock.currentSession).map(([body, number]) => Prisma.sql`(o.due_body = ${body}::body AND o.due_session < ${number})`),
  ];
  return Prisma.sql`(o.status NOT IN (${settled}) AND o.fulfilling_links = 0 AND (${Prisma.join(past, ' OR ')}))`;
}
