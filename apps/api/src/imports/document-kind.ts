import type { DocumentKind } from '../generated/prisma/enums';

/** Addenda and corrigenda are told apart by their symbol; anything else acknowledged is a report. */
export function documentKindOf(symbol: string): DocumentKind {
  if (/\/Corr\.\d+$/i.test(symbol)) return 'CORRIGENDUM';
  if (/\/Add\.\d+$/i.test(symbol)) return 'ADDENDUM';
  if (/\/RES\//i.test(symbol)) return 'RESOLUTION';
  return 'REPORT';
}
