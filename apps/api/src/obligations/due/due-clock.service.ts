import { Injectable } from '@nestjs/common';
import { SessionCalendarService } from '../../sessions/session-calendar.service';
import { today } from '../../sessions/session-dates';
import type { DueClock } from './due-status';

const TTL_MS = 60_000;

/**
 * "Now" for overdue and due-now: today's date and the session each body is
 * in, from the session calendar. Kept for a minute: sessions change a few
 * times a year, lists are read many times a second.
 */
@Injectable()
export class DueClockService {
  private cached: { clock: DueClock; until: number } | undefined;

  constructor(private readonly calendar: SessionCalendarService) {}

  async now(): Promise<DueClock> {
    const day = today();
    if (this.cached && this.cached.until > Date.now() && this.cached.clock.today === day) return this.cached.clock;
    const clock = { today: day, currentSession: await this.calendar.currentSessions(day) };
    this.cached = { clock, until: Date.now() + TTL_MS };
    return clock;
  }
}
