import type {
  Document as DocumentColumns,
  Obligation as ObligationColumns,
  Resolution as ResolutionColumns,
} from '../generated/prisma/client';

/**
 * Columns PostgreSQL generates for filters only (the lists' `search_words`).
 * PrismaService leaves them out of every read, so no record, view or history
 * entry carries them; the types below are the records as it reads them.
 */
export const FILTER_ONLY_COLUMNS = {
  obligation: { searchWords: true },
  resolution: { searchWords: true },
  document: { searchWords: true },
} as const;

export type Obligation = Omit<ObligationColumns, keyof (typeof FILTER_ONLY_COLUMNS)['obligation']>;
export type Resolution = Omit<ResolutionColumns, keyof (typeof FILTER_ONLY_COLUMNS)['resolution']>;
export type Document = Omit<DocumentColumns, keyof (typeof FILTER_ONLY_COLUMNS)['document']>;
