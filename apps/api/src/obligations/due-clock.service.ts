import { Injectable } from '@nestjs/common';
import { gaSessionForDate } from '@mandate-tracker/resolution-parser';
import { PrismaService } from '../prisma/prisma.service';
import type { DueClock } from './due-status';

/**
 * Reads "now" for overdue and due-now: today's date and the General
 * Assembly session open today, from the session table (administrators keep
 * its dates) with the calendar rule as the fallback.
 */
@Injectable()
export class DueClockService {
  constructor(private readonly prisma: PrismaService) {}

  async now(date = new Date()): Promise<DueClock> {
    const today = date.toISOString().slice(0, 10);
    const open = await this.prisma.session.findFirst({
      where: { body: 'GENERAL_ASSEMBLY', opensOn: { lte: new Date(`${today}T00:00:00Z`) } },
      orderBy: { opensOn: 'desc' },
      select: { number: true },
    });
    const generalAssembly = open?.number ?? gaSessionForDate(today) ?? undefined;
    return { today, currentSession: generalAssembly === undefined ? {} : { GENERAL_ASSEMBLY: generalAssembly } };
  }
}
