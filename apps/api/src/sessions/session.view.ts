import type { Session } from '../generated/prisma/client';
import { toIsoDate } from '../common/iso-date';

/** A session as the API speaks it: days as YYYY-MM-DD. */
export type SessionView = Omit<Session, 'opensOn' | 'closesOn'> & { opensOn: string; closesOn: string | null };

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
