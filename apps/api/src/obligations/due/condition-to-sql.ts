import { Prisma } from '../../generated/prisma/client';
import type { Comparison, Condition } from './condition';

/** Each fact's column on obligation `o`, and the type its parameter is cast to. */
const COLUMNS: Record<Comparison['field'], { column: Prisma.Sql; type: Prisma.Sql }> = {
  dueDate: { column: Prisma.raw('o.due_date'), type: Prisma.raw('date') },
  dueBody: { column: Prisma.raw('o.due_body'), type: Prisma.raw('body') },
  dueSession: { column: Prisma.raw('o.due_session'), type: Prisma.raw('integer') },
};
const OPERATORS: Record<Comparison['op'], Prisma.Sql> = {
  lt: Prisma.raw('<'),
  gte: Prisma.raw('>='),
  eq: Prisma.raw('='),
  ne: Prisma.raw('<>'),
};

function joined(conditions: Condition[], separator: ' AND ' | ' OR ', empty: Prisma.Sql): Prisma.Sql {
  if (conditions.length === 0) return empty;
  return Prisma.sql`(${Prisma.join(conditions.map(conditionToSql), separator)})`;
}

/** The condition as SQL on obligation `o`, for queries that count in the database. */
export function conditionToSql(condition: Condition): Prisma.Sql {
  switch (condition.kind) {
    case 'all':
      return joined(condition.of, ' AND ', Prisma.sql`TRUE`);
    case 'any':
      return joined(condition.of, ' OR ', Prisma.sql`FALSE`);
    case 'status': {
      const values = Prisma.join(condition.values.map((status) => Prisma.sql`${status}::obligation_status`));
      return condition.in ? Prisma.sql`o.status IN (${values})` : Prisma.sql`o.status NOT IN (${values})`;
    }
    case 'proven':
      return condition.is ? Prisma.sql`o.fulfilling_links > 0` : Prisma.sql`o.fulfilling_links = 0`;
    case 'missing': {
      const { column } = COLUMNS[condition.field];
      return condition.is ? Prisma.sql`${column} IS NULL` : Prisma.sql`${column} IS NOT NULL`;
    }
    case 'compare': {
      const { column, type } = COLUMNS[condition.field];
      return Prisma.sql`${column} ${OPERATORS[condition.op]} ${condition.value}::${type}`;
    }
  }
}
