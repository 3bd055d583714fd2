import type { Body, ObligationStatus } from '../../generated/prisma/enums';

/**
 * What an obligation's due status is judged on. `proven`: a document fulfils it and nobody rejected that link
 * (stored as obligation.fulfilling_links > 0, kept by a trigger).
 */
export interface DueFacts {
  status: ObligationStatus;
  proven: boolean;
  dueDate: string | null;
  dueBody: Body | null;
  dueSession: number | null;
}

/** The facts that may be missing: a comparison with a missing one is false, as SQL's unknown is in a WHERE. */
type NullableField = 'dueDate' | 'dueBody' | 'dueSession';
type Comparable = { dueDate: string; dueBody: Body; dueSession: number };

export type Comparison = {
  [F in NullableField]: { kind: 'compare'; field: F; op: 'lt' | 'gte' | 'eq' | 'ne'; value: Comparable[F] };
}[NullableField];

/**
 * A condition on one obligation, written once and read three ways: in memory (compileCondition), as a Prisma
 * where (conditionToPrisma) and as SQL (conditionToSql). Small on purpose: only what the due rules need.
 * Negation is pushed down to the leaves with missing facts spelled out, so all three forms use two-valued logic
 * and agree on obligations without a due date or session.
 */
export type Condition =
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  | { kind: 'status'; in: boolean; values: readonly ObligationStatus[] }
  | { kind: 'proven'; is: boolean }
  | { kind: 'missing'; field: NullableField; is: boolean }
  | Comparison;

const flatten = (kind: 'all' | 'any', conditions: Condition[]): Condition[] =>
  conditions.flatMap((condition) => (condition.kind === kind ? condition.of : [condition]));

export const all = (...conditions: Condition[]): Condition => ({ kind: 'all', of: flatten('all', conditions) });
export const any = (...conditions: Condition[]): Condition => ({ kind: 'any', of: flatten('any', conditions) });
export const statusIn = (values: readonly ObligationStatus[]): Condition => ({ kind: 'status', in: true, values });
export const proven = (is: boolean): Condition => ({ kind: 'proven', is });
export const compare = <F extends NullableField>(field: F, op: Comparison['op'], value: Comparable[F]): Condition =>
  ({ kind: 'compare', field, op, value }) as Comparison;

const OPPOSITE = { lt: 'gte', gte: 'lt', eq: 'ne', ne: 'eq' } as const;

/** The condition's negation, true exactly where the condition is false, missing facts included. */
export function not(condition: Condition): Condition {
  switch (condition.kind) {
    case 'all':
      return any(...condition.of.map(not));
    case 'any':
      return all(...condition.of.map(not));
    case 'status':
      return { ...condition, in: !condition.in };
    case 'proven':
      return proven(!condition.is);
    case 'missing':
      return { ...condition, is: !condition.is };
    case 'compare':
      return any({ kind: 'missing', field: condition.field, is: true }, { ...condition, op: OPPOSITE[condition.op] });
  }
}

function compareValues<T extends string | number>(actual: T | null, op: Comparison['op'], value: T): boolean {
  if (actual === null) return false;
  if (op === 'lt') return actual < value;
  if (op === 'gte') return actual >= value;
  return op === 'eq' ? actual === value : actual !== value;
}

/** The condition as a function of one obligation's facts; compiled once, run per row of a page. */
export function compileCondition(condition: Condition): (facts: DueFacts) => boolean {
  switch (condition.kind) {
    case 'all': {
      const parts = condition.of.map(compileCondition);
      return (facts) => parts.every((part) => part(facts));
    }
    case 'any': {
      const parts = condition.of.map(compileCondition);
      return (facts) => parts.some((part) => part(facts));
    }
    case 'status':
      return (facts) => condition.values.includes(facts.status) === condition.in;
    case 'proven':
      return (facts) => facts.proven === condition.is;
    case 'missing':
      return (facts) => (facts[condition.field] === null) === condition.is;
    case 'compare': {
      const { field, op, value } = condition;
      return (facts) => compareValues<string | number>(facts[field], op, value);
    }
  }
}
