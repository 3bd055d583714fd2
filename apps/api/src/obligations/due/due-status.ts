import type { Prisma } from '../../generated/prisma/client';
import type { Body } from '../../generated/prisma/enums';
import { SETTLED_STATUSES } from '../status-workflow';
import { all, any, compare, compileCondition, not, proven, statusIn, type Condition, type DueFacts } from './condition';
import { conditionToPrisma } from './condition-to-prisma';
import { conditionToSql } from './condition-to-sql';

export type { DueFacts } from './condition';

/** Today's date and the session each body is in, as of the request. */
export interface DueClock {
  today: string;
  currentSession: Partial<Record<Body, number>>;
}

export interface DueStatus {
  /** Past its due date or due session and not yet submitted, fulfilled or cancelled. */
  overdue: boolean;
  /** Due at the session now in progress. */
  dueNow: boolean;
}

/**
 * The one description of "overdue" and "due now". Derived on every read, never stored, so it can never disagree
 * with the dates (docs/adr/0003-overdue-derived-never-stored.md). A session of a body whose calendar is unknown
 * cannot be judged: only the bodies in the clock count.
 */
export function dueConditions(clock: DueClock): Record<keyof DueStatus, Condition> {
  const sessions = Object.entries(clock.currentSession) as [Body, number][];
  const owed = all(not(statusIn(SETTLED_STATUSES)), proven(false));
  const pastDate = compare('dueDate', 'lt', clock.today);
  const pastSession = any(...sessions.map(([body, current]) => all(compare('dueBody', 'eq', body), compare('dueSession', 'lt', current))));
  const sessionNow = any(...sessions.map(([body, current]) => all(compare('dueBody', 'eq', body), compare('dueSession', 'eq', current))));
  return {
    overdue: all(owed, any(pastDate, pastSession)),
    dueNow: all(owed, not(pastDate), sessionNow),
  };
}

type Compiled = Record<keyof DueStatus, (facts: DueFacts) => boolean>;
// DueClockService hands out one clock object for a minute: compiled once for it, then run for every row.
const compiled = new WeakMap<DueClock, Compiled>();

/** In memory, per record, for the views. */
export function dueStatusOf(facts: DueFacts, clock: DueClock): DueStatus {
  let rules = compiled.get(clock);
  if (!rules) {
    const conditions = dueConditions(clock);
    rules = { overdue: compileCondition(conditions.overdue), dueNow: compileCondition(conditions.dueNow) };
    compiled.set(clock, rules);
  }
  return { overdue: rules.overdue(facts), dueNow: rules.dueNow(facts) };
}

/** As a Prisma where on obligations, for list filters: those that are (or, `wanted` false, are not) overdue / due now. */
export function dueWhere(status: keyof DueStatus, wanted: boolean, clock: DueClock): Prisma.ObligationWhereInput {
  const condition = dueConditions(clock)[status];
  return conditionToPrisma(wanted ? condition : not(condition));
}

/** As SQL on obligation `o`, for counts made in the database (the dashboard). */
export function dueSql(status: keyof DueStatus, clock: DueClock): Prisma.Sql {
  return conditionToSql(dueConditions(clock)[status]);
}
