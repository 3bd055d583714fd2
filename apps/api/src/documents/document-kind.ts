import { kindFromSymbol } from './document-symbols';
import type { DocumentKind } from '../generated/prisma/enums';

/** What the symbol says it is (Corr., Add., RES); anything else a resolution acknowledges is a report. */
export function documentKindOf(symbol: string): DocumentKind {
  return kindFromSymbol(symbol) ?? 'REPORT';
}
