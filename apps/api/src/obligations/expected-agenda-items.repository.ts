import { Injectable } from '@nestjs/common';
import { displayTitle } from './agenda-item-title';
import { PrismaService } from '../prisma/prisma.service';

type Report = { id: number; kind: string; resolutionId: number; dueSession: number | null };

/**
 * The agenda item each REPORT is expected under: the item its own resolution schedules for the same session (78/70
 * para. 21's report under para. 22's "Assistance in mine action"), else the item that resolution schedules at all.
 * One read per list page; the agenda (agenda/agenda-builder.ts) also looks across the series.
 */
@Injectable()
export class ExpectedAgendaItemsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async of(records: readonly Report[]): Promise<Map<number, string>> {
    const reports = records.filter((r) => r.kind === 'REPORT');
    if (reports.length === 0) return new Map();
    const items = await this.prisma.obligation.findMany({
      where: {
        kind: 'AGENDA_ITEM',
        resolutionId: { in: [...new Set(reports.map((r) => r.resolutionId))] },
        agendaItemTitle: { not: null },
        reviewState: { not: 'REJECTED' },
      },
      select: { resolutionId: true, dueSession: true, agendaItemTitle: true },
      orderBy: { id: 'asc' },
    });
    const result = new Map<number, string>();
    for (const report of reports) {
      const mine = items.filter((item) => item.resolutionId === report.resolutionId);
      const match = mine.find((item) => item.dueSession === report.dueSession) ?? mine[0];
      if (match?.agendaItemTitle) result.set(report.id, displayTitle(match.agendaItemTitle));
    }
    return result;
  }
}
