import { fromIsoDate } from '../../common/iso-date';
import type { Prisma } from '../../generated/prisma/client';
import type { Comparison, Condition } from './condition';

type Where = Prisma.ObligationWhereInput;

/** Dates are compared as the DATE column's value, midnight UTC; bodies and sessions as they are. */
function comparisonWhere({ field, op, value }: Comparison): Where {
  const operand = field === 'dueDate' ? fromIsoDate(value as string) : value;
  return { [field]: op === 'eq' ? operand : op === 'ne' ? { not: operand } : { [op]: operand } };
}

/** The condition as a Prisma where on obligations. */
export function conditionToPrisma(condition: Condition): Where {
  switch (condition.kind) {
    case 'all':
      return { AND: condition.of.map(conditionToPrisma) };
    case 'any':
      return { OR: condition.of.map(conditionToPrisma) };
    case 'status':
      return { status: condition.in ? { in: [...condition.values] } : { notIn: [...condition.values] } };
    case 'proven':
      // Counted by the database on every link change (prisma/functions/obligation_document_count_fulfilling.sql).
      return { fulfillingLinks: condition.is ? { gt: 0 } : 0 };
    case 'missing':
      return { [condition.field]: condition.is ? null : { not: null } };
    case 'compare':
      return comparisonWhere(condition);
  }
}
