import type { CalendarFeedView } from '@mandate-tracker/contracts';
import type { CalendarFeed } from '../generated/prisma/client';

/** Where a calendar program fetches the feed: the secret is the address. */
export const feedPath = (secret: string): string => `/api/calendar/${secret}.ics`;

export function toCalendarFeedView(feed: CalendarFeed): CalendarFeedView {
  return {
    id: feed.id,
    name: feed.name,
    scope: feed.scope,
    responsibleOffice: feed.responsibleOffice,
    body: feed.body,
    sessionNumber: feed.sessionNumber,
    filter: (feed.filter as Record<string, unknown> | null) ?? null,
    path: feedPath(feed.secret),
    ownerId: feed.ownerId,
    createdBy: feed.createdBy,
    createdAt: feed.createdAt.toISOString(),
    secretRotatedAt: feed.secretRotatedAt?.toISOString() ?? null,
    version: feed.version,
  };
}

/** The audit trail keeps what the feed holds, never its secret: an old event must not open a live feed. */
export const auditedFeed = ({ secret: _secret, ...feed }: CalendarFeed) => feed;
