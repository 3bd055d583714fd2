import type { SessionView } from '@mandate-tracker/contracts';
import type { Session } from '../generated/prisma/client';
import { toIsoDate } from '../common/iso-date';

/** A session as the API speaks it: days as YYYY-MM-DD. */
export function toSessionView(record: Session): SessionView {
  return {
    id: record.id,
    body: record.body,
    number: record.number,
    opensOn: toIsoDate(record.opensOn) ?? '',
    closesOn: toIsoDate(record.closesOn),
    version: record.version,
  };
}
