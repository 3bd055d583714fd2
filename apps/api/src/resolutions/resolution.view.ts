import type { Resolution } from '../generated/prisma/client';
import { toIsoDate } from '../common/iso-date';

export type ResolutionView = Omit<Resolution, 'adoptedOn'> & { adoptedOn: string | null; undocsUrl: string };
export type ResolutionSummary = Omit<ResolutionView, 'sourceText'>;

const UNDOCS = 'https://undocs.org/en/';

export function toResolutionView(record: Resolution): ResolutionView {
  return { ...record, adoptedOn: toIsoDate(record.adoptedOn), undocsUrl: `${UNDOCS}${record.symbol}` };
}

export function toResolutionSummary(record: Omit<Resolution, 'sourceText'>): ResolutionSummary {
  return { ...record, adoptedOn: toIsoDate(record.adoptedOn), undocsUrl: `${UNDOCS}${record.symbol}` };
}
