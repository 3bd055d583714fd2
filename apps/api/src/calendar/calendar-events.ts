import ical, { type ICalCalendar } from 'ical-generator';
import { BODY_NAMES, ordinalWord } from '@mandate-tracker/resolution-parser';
import type { ObligationRecord } from '../obligations/obligation.view';
import type { Body } from '../generated/prisma/enums';

/** Event ids end with this domain, as RFC 5545 recommends for globally unique ids. */
const UID_DOMAIN = 'un-mandate-tracker';

const KIND_WORDS: Record<string, string> = {
  REPORT: 'Report due',
  AGENDA_ITEM: 'Agenda item',
  TASK: 'Task due',
  MEETING: 'Meeting',
  STATE_ACTION: 'Action due',
};

export interface SessionOpening {
  body: Body;
  number: number;
  /** YYYY-MM-DD */
  opensOn: string;
}

const sessionKey = (body: string, number: number): string => `${body}:${number}`;
const nextDay = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** All-day events are dates without a zone: built in UTC so the server's zone cannot move them a day. */
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const sessionName = (body: Body, number: number): string =>
  `${number >= 1 && number <= 999 ? ordinalWord(number) : `${number}th`} session of the ${BODY_NAMES[body]}`;

/**
 * The feed as iCalendar. Every event's id is derived from the record (obligation-<id>, session-<body>-<number>) and
 * its stamp from the record's last change, so two downloads are the same text and a calendar program replaces an
 * event when it changes instead of adding a second one; SEQUENCE follows the obligation's version.
 */
export function calendarOf(name: string, obligations: ObligationRecord[], openings: SessionOpening[]): ICalCalendar {
  const calendar = ical({ name, prodId: { company: 'United Nations', product: 'UN Mandate Tracker', language: 'EN' } });
  const opensOn = new Map(openings.map((o) => [sessionKey(o.body, o.number), o.opensOn]));
  for (const opening of openings) {
    calendar.createEvent({
      id: `session-${opening.body.toLowerCase()}-${opening.number}@${UID_DOMAIN}`,
      allDay: true,
      start: day(opening.opensOn),
      end: day(nextDay(opening.opensOn)),
      stamp: day(opening.opensOn),
      summary: `Opening of the ${sessionName(opening.body, opening.number)}`,
    });
  }
  for (const obligation of obligations) {
    const dueDay =
      obligation.dueDate?.toISOString().slice(0, 10) ??
      (obligation.dueBody && obligation.dueSession !== null
        ? opensOn.get(sessionKey(obligation.dueBody, obligation.dueSession))
        : undefined);
    if (!dueDay) continue;
    const where = `${obligation.resolution.symbol}, para. ${obligation.paragraphRef}`;
    const session =
      obligation.dueDate === null && obligation.dueBody && obligation.dueSession !== null
        ? ` at the ${sessionName(obligation.dueBody, obligation.dueSession)}`
        : '';
    calendar.createEvent({
      id: `obligation-${obligation.id}@${UID_DOMAIN}`,
      allDay: true,
      start: day(dueDay),
      end: day(nextDay(dueDay)),
      stamp: obligation.updatedAt,
      sequence: obligation.version,
      summary: `${KIND_WORDS[obligation.kind] ?? obligation.kind}: ${where} (${obligation.actor})`,
      description: [
        `${obligation.quote}${obligation.quote.endsWith('.') ? '' : '.'}`,
        `Due${session}.`,
        `Status: ${obligation.status.toLowerCase().replace(/_/g, ' ')}.`,
        obligation.responsibleOffice ? `Responsible office: ${obligation.responsibleOffice}.` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
  return calendar;
}
