import { Injectable } from '@nestjs/common';
import { gaSessionForDate } from '@mandate-tracker/resolution-parser';
import { toIsoDate } from '../common/iso-date';
import { Body } from '../generated/prisma/enums';
import { PrismaService } from '../prisma/prisma.service';
import { computedOpening, datesOf, sessionOn, today, type SessionDates, type StoredSessionDates } from './session-dates';

/**
 * Session days for deadlines: the session table first (administrators correct it), the General Assembly's
 * computed rule for sessions the table lacks. Obligations use it to turn a due session into dates.
 */
@Injectable()
export class SessionCalendarService {
  constructor(private readonly prisma: PrismaService) {}

  /** Opening day (YYYY-MM-DD) of a body's session, or null when neither the table nor a rule knows it. */
  async opensOn(body: Body, number: number): Promise<string | null> {
    return (await this.datesOf(body, number))?.opensOn ?? null;
  }

  /** Closing day: stored, else the day before the next session opens; null when unknown. */
  async closesOn(body: Body, number: number): Promise<string | null> {
    return (await this.datesOf(body, number))?.closesOn ?? null;
  }

  async datesOf(body: Body, number: number): Promise<SessionDates | null> {
    const stored = await this.stored(body, [number, number + 1]);
    return datesOf(number, stored, (n) => computedOpening(body, n));
  }

  /** The body's session in progress on a date (default today), or null between or outside known sessions. */
  async sessionOpenOn(body: Body, date: Date | string = today()): Promise<SessionDates | null> {
    const day = typeof date === 'string' ? date.slice(0, 10) : today(date);
    const latest = await this.prisma.session.findFirst({
      where: { body, opensOn: { lte: new Date(`${day}T00:00:00.000Z`) } },
      orderBy: { opensOn: 'desc' },
    });
    // The computed guess and its neighbours cover sessions missing from the table and openings an administrator moved.
    const guess = body === Body.GENERAL_ASSEMBLY ? gaSessionForDate(day) : null;
    const candidates = [
      ...new Set([latest?.number, guess === null ? undefined : guess - 1, guess ?? undefined, guess === null ? undefined : guess + 1]),
    ].filter((n): n is number => n !== undefined && n > 0);
    const stored = await this.stored(
      body,
      candidates.flatMap((n) => [n, n + 1]),
    );
    return sessionOn(
      day,
      candidates.map((n) => datesOf(n, stored, (m) => computedOpening(body, m))),
    );
  }

  /** Each body's session in progress on a date, as the obligations' due status needs it. */
  async currentSessions(date: Date | string = today()): Promise<Partial<Record<Body, number>>> {
    const bodies = Object.values(Body);
    const sessions = await Promise.all(bodies.map((body) => this.sessionOpenOn(body, date)));
    const result: Partial<Record<Body, number>> = {};
    bodies.forEach((body, i) => {
      const session = sessions[i];
      if (session) result[body] = session.number;
    });
    return result;
  }

  private async stored(body: Body, numbers: number[]): Promise<Map<number, StoredSessionDates>> {
    const rows = await this.prisma.session.findMany({ where: { body, number: { in: numbers } } });
    return new Map(rows.map((row) => [row.number, { opensOn: toIsoDate(row.opensOn) ?? '', closesOn: toIsoDate(row.closesOn) }]));
  }
}
