import type { Obligation as ObligationColumns } from '../generated/prisma/client';

/**
 * Columns PostgreSQL generates for filters only. PrismaService leaves them out
 * of every read, so no record, view or history entry carries them.
 */
export const FILTER_ONLY_COLUMNS = { obligation: { searchWords: true } } as const;

/** An obligation as PrismaService reads it. */
export type Obligation = Omit<ObligationColumns, keyof (typeof FILTER_ONLY_COLUMNS)['obligation']>;
