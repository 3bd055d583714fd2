/** The condition algebra the due rules are written in: negation is exact, missing facts included. */
import type { ObligationStatus } from '../../generated/prisma/enums';
import { all, any, compare, compileCondition, not, proven, statusIn, type Condition, type DueFacts } from './condition';

const facts = (overrides: Partial<DueFacts>): DueFacts => ({
  status: 'PENDING',
  proven: false,
  dueDate: null,
  dueBody: null,
  dueSession: null,
  ...overrides,
});

/** Every combination that matters to the conditions below: a missing, an earlier, an equal and a later value. */
const GRID: DueFacts[] = [];
for (const status of ['PENDING', 'CANCELLED'] as ObligationStatus[])
  for (const isProven of [false, true])
    for (const dueDate of [null, '2026-11-22', '2026-11-23', '2026-11-24'])
      for (const dueSession of [null, 80, 81])
        GRID.push(facts({ status, proven: isProven, dueDate, dueSession, dueBody: dueSession === null ? null : 'GENERAL_ASSEMBLY' }));

const holds = (condition: Condition, on: DueFacts) => compileCondition(condition)(on);

describe('compileCondition', () => {
  it('compares each way, and a missing fact satisfies no comparison, not even "not equal"', () => {
    const on = facts({ dueDate: '2026-11-23' });
    expect(holds(compare('dueDate', 'lt', '2026-11-24'), on)).toBe(true);
    expect(holds(compare('dueDate', 'lt', '2026-11-23'), on)).toBe(false);
    expect(holds(compare('dueDate', 'gte', '2026-11-23'), on)).toBe(true);
    expect(holds(compare('dueDate', 'gte', '2026-11-24'), on)).toBe(false);
    expect(holds(compare('dueDate', 'eq', '2026-11-23'), on)).toBe(true);
    expect(holds(compare('dueDate', 'eq', '2026-11-24'), on)).toBe(false);
    expect(holds(compare('dueDate', 'ne', '2026-11-24'), on)).toBe(true);
    expect(holds(compare('dueDate', 'ne', '2026-11-23'), on)).toBe(false);
    for (const op of ['lt', 'gte', 'eq', 'ne'] as const) expect(holds(compare('dueSession', op, 81), facts({}))).toBe(false);
  });

  it('reads proof, status and missing facts', () => {
    expect(holds(proven(true), facts({ proven: true }))).toBe(true);
    expect(holds(proven(true), facts({ proven: false }))).toBe(false);
    expect(holds(proven(false), facts({ proven: false }))).toBe(true);
    expect(holds(statusIn(['CANCELLED']), facts({ status: 'CANCELLED' }))).toBe(true);
    expect(holds(statusIn(['CANCELLED']), facts({ status: 'PENDING' }))).toBe(false);
    expect(holds({ kind: 'missing', field: 'dueDate', is: true }, facts({}))).toBe(true);
    expect(holds({ kind: 'missing', field: 'dueDate', is: false }, facts({}))).toBe(false);
    expect(holds({ kind: 'missing', field: 'dueDate', is: false }, facts({ dueDate: '2026-01-01' }))).toBe(true);
  });
});

describe('all and any', () => {
  it('flatten nested conditions of their own kind, so the SQL and Prisma forms stay shallow', () => {
    const [a, b, c] = [proven(true), statusIn(['PENDING']), compare('dueSession', 'eq', 81)];
    expect(all(all(a, b), c)).toEqual({ kind: 'all', of: [a, b, c] });
    expect(any(a, any(b, c))).toEqual({ kind: 'any', of: [a, b, c] });
    expect(all(any(a, b), c)).toEqual({ kind: 'all', of: [{ kind: 'any', of: [a, b] }, c] });
  });
});

describe('not', () => {
  const conditions: Record<string, Condition> = {
    'a date comparison': compare('dueDate', 'lt', '2026-11-23'),
    'a date equality': compare('dueDate', 'eq', '2026-11-23'),
    'a session inequality': compare('dueSession', 'ne', 81),
    'a session at or after': compare('dueSession', 'gte', 81),
    proof: proven(true),
    'no proof': proven(false),
    'a missing date': { kind: 'missing', field: 'dueDate', is: true },
    'a present session': { kind: 'missing', field: 'dueSession', is: false },
    'a status': statusIn(['CANCELLED']),
    'all of several': all(proven(false), compare('dueDate', 'gte', '2026-11-23')),
    'any of several': any(statusIn(['CANCELLED']), compare('dueSession', 'lt', 81)),
    'nested all and any': all(any(proven(true), compare('dueDate', 'lt', '2026-11-24')), not(statusIn(['CANCELLED']))),
  };

  it.each(Object.entries(conditions))('of %s is true exactly where it is false, on every combination of facts', (_, condition) => {
    const negated = compileCondition(not(condition));
    const original = compileCondition(condition);
    const disagreements = GRID.filter((on) => negated(on) === original(on));
    expect(disagreements).toEqual([]);
  });

  it('of a negation is the condition again, as far as any obligation can tell', () => {
    for (const condition of Object.values(conditions)) {
      const twice = compileCondition(not(not(condition)));
      const original = compileCondition(condition);
      expect(GRID.filter((on) => twice(on) !== original(on))).toEqual([]);
    }
  });
});
