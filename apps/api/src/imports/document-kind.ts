import { kindFromSymbol } from '../documents/document-symbols';
import type { DocumentKind } from '../generated/prisma/enums';

/** Addenda and corrigenda say so in their symbol; a resolution symbol is a resolution; anything else acknowledged is a report. */
export function documentKindOf(symbol: string): DocumentKind {
  return kindFromSymbol(symbol) ?? (/\/RES\//i.test(symbol) ? 'RESOLUTION' : 'REPORT');
}
