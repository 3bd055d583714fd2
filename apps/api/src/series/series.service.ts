import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import { toIsoDate } from '../common/iso-date';
import { PrismaService } from '../prisma/prisma.service';
import { ancestorIds, descendantIds } from './series.repository';

export interface SeriesEntry {
  /** Null for a recalled resolution that has not been imported yet. */
  id: number | null;
  symbol: string;
  title: string | null;
  sessionNumber: number | null;
  adoptedOn: string | null;
  place: 'earlier' | 'this' | 'later';
}

/** A resolution's series — what it recalls and what recalls it, transitively — as a timeline. */
@Injectable()
export class SeriesService {
  constructor(private readonly prisma: PrismaService) {}

  async timeline(resolutionId: number): Promise<SeriesEntry[]> {
    const self = await this.prisma.resolution.findUnique({ where: { id: resolutionId }, select: { id: true } });
    if (!self) throw AppError.notFound('Resolution', resolutionId);
    const [earlier, later] = await Promise.all([ancestorIds(this.prisma, resolutionId), descendantIds(this.prisma, resolutionId)]);
    const place = (id: number): SeriesEntry['place'] => (id === resolutionId ? 'this' : earlier.includes(id) ? 'earlier' : 'later');
    const members = await this.prisma.resolution.findMany({
      where: { id: { in: [resolutionId, ...earlier, ...later] } },
      select: { id: true, symbol: true, title: true, sessionNumber: true, adoptedOn: true },
    });
    const known = new Set(members.map((member) => member.symbol));
    const recalledElsewhere = await this.prisma.resolutionRecall.findMany({
      where: { resolutionId: { in: [resolutionId, ...earlier] }, recalledSymbol: { notIn: [...known] } },
      select: { recalledSymbol: true },
      distinct: ['recalledSymbol'],
    });
    const entries: SeriesEntry[] = [
      ...members.map((member) => ({ ...member, adoptedOn: toIsoDate(member.adoptedOn), place: place(member.id) })),
      ...recalledElsewhere.map(({ recalledSymbol }) => ({
        id: null,
        symbol: recalledSymbol,
        title: null,
        sessionNumber: sessionOf(recalledSymbol),
        adoptedOn: null,
        place: 'earlier' as const,
      })),
    ];
    return entries.sort(
      (a, b) =>
        (a.sessionNumber ?? 0) - (b.sessionNumber ?? 0) ||
        (a.adoptedOn ?? '').localeCompare(b.adoptedOn ?? '') ||
        a.symbol.localeCompare(b.symbol, 'en', { numeric: true }),
    );
  }
}

/** "A/RES/57/159" was adopted at the 57th session: enough to place a not-yet-imported resolution on the timeline. */
function sessionOf(symbol: string): number | null {
  const match = /^A\/RES\/(\d+)\//.exec(symbol);
  return match ? Number(match[1]) : null;
}
