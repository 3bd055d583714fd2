import { Injectable } from '@nestjs/common';
import type { Body, Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';

/** Rejected extractions and cancelled obligations schedule nothing and expect no document. */
const LIVE: Prisma.ObligationWhereInput = { reviewState: { not: 'REJECTED' }, status: { not: 'CANCELLED' } };

/** Due at the body's sessions: named with the body, or unnamed in a resolution of that body. */
const dueAt = (body: Body): Prisma.ObligationWhereInput => ({ OR: [{ dueBody: body }, { dueBody: null, resolution: { body } }] });

const AGENDA_ROW = {
  id: true,
  resolutionId: true,
  paragraphRef: true,
  quote: true,
  status: true,
  reviewState: true,
  dueSession: true,
  recurrence: true,
  agendaItemTitle: true,
  resolution: { select: { id: true, symbol: true, sessionNumber: true, mainCommittee: true, agendaItemNumber: true, title: true } },
} as const satisfies Prisma.ObligationSelect;

const REPORT_ROW = {
  id: true,
  resolutionId: true,
  paragraphRef: true,
  actor: true,
  quote: true,
  status: true,
  dueBody: true,
  dueSession: true,
  dueDate: true,
  fulfillingLinks: true,
  resolution: { select: { symbol: true } },
  documents: {
    where: { reviewState: { not: 'REJECTED' } },
    select: { relation: true, document: { select: { id: true, symbol: true } } },
    orderBy: { id: 'asc' },
  },
} as const satisfies Prisma.ObligationSelect;

export type AgendaObligationRow = Prisma.ObligationGetPayload<{ select: typeof AGENDA_ROW }>;
export type ExpectedReportRow = Prisma.ObligationGetPayload<{ select: typeof REPORT_ROW }>;

/** The body's resolutions and what each recalls: enough to walk any series in memory. */
export interface RecallGraph {
  resolutions: { id: number; symbol: string; sessionNumber: number | null }[];
  recalls: { resolutionId: number; recalledSymbol: string }[];
}

/** The reads the agenda needs, each one statement. */
@Injectable()
export class AgendaRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every AGENDA_ITEM obligation of the body, all sessions: the history and rhythm of items need the past too. */
  agendaObligations(body: Body): Promise<AgendaObligationRow[]> {
    return this.prisma.obligation.findMany({
      where: { kind: 'AGENDA_ITEM', ...LIVE, ...dueAt(body) },
      select: AGENDA_ROW,
      orderBy: [{ dueSession: 'asc' }, { id: 'asc' }],
    });
  }

  /** REPORT obligations due at the sessions asked for, with the documents recorded against them. */
  expectedReports(body: Body, sessionFrom: number, sessionTo: number): Promise<ExpectedReportRow[]> {
    return this.prisma.obligation.findMany({
      where: { kind: 'REPORT', ...LIVE, dueSession: { gte: sessionFrom, lte: sessionTo }, ...dueAt(body) },
      select: REPORT_ROW,
      orderBy: [{ dueSession: 'asc' }, { id: 'asc' }],
    });
  }

  async recallGraph(body: Body): Promise<RecallGraph> {
    const [resolutions, recalls] = await Promise.all([
      this.prisma.resolution.findMany({ where: { body }, select: { id: true, symbol: true, sessionNumber: true } }),
      this.prisma.resolutionRecall.findMany({ where: { resolution: { body } }, select: { resolutionId: true, recalledSymbol: true } }),
    ]);
    return { resolutions, recalls };
  }
}
