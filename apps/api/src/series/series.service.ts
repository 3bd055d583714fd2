import type { SeriesEntry } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import { toIsoDate } from '../common/iso-date';
import { PrismaService } from '../prisma/prisma.service';
import { ancestorIds, descendantIds, sameAgendaItemIds } from './series.repository';

/** Rounds of "recalls, then same item" before giving up: real series settle in two or three. */
const MAX_ROUNDS = 10;

/** Where an official document of this symbol is read: any resolution, imported or not. */
export const undocsUrl = (symbol: string): string => `https://undocs.org/${symbol}`;

/**
 * A resolution's series — what it recalls and what recalls it, transitively, and the resolutions under the same
 * agenda item, with theirs — as a timeline. Resolutions recalled but never imported stand in the timeline too.
 */
@Injectable()
export class SeriesService {
  constructor(private readonly prisma: PrismaService) {}

  /** The stored resolutions of the series, this one included. */
  async memberIds(resolutionId: number): Promise<number[]> {
    const members = new Set<number>([resolutionId]);
    let fresh = [resolutionId];
    for (let round = 0; round < MAX_ROUNDS && fresh.length > 0; round++) {
      const found = new Set<number>();
      for (const id of fresh) {
        for (const other of [...(await ancestorIds(this.prisma, id)), ...(await descendantIds(this.prisma, id))]) found.add(other);
      }
      for (const other of await sameAgendaItemIds(this.prisma, [...fresh, ...found])) found.add(other);
      fresh = [...found].filter((id) => !members.has(id));
      for (const id of fresh) members.add(id);
    }
    return [...members];
  }

  async timeline(resolutionId: number): Promise<SeriesEntry[]> {
    const self = await this.prisma.resolution.findUnique({ where: { id: resolutionId }, select: { id: true } });
    if (!self) throw AppError.notFound('Resolution', resolutionId);
    const [ids, earlier, later] = await Promise.all([
      this.memberIds(resolutionId),
      ancestorIds(this.prisma, resolutionId),
      descendantIds(this.prisma, resolutionId),
    ]);
    const members = await this.prisma.resolution.findMany({
      where: { id: { in: ids } },
      select: { id: true, symbol: true, title: true, sessionNumber: true, adoptedOn: true },
    });
    const known = new Set(members.map((member) => member.symbol));
    // Every member's recalls count: the chain runs on across a resolution that was never imported.
    const notImported = await this.prisma.resolutionRecall.findMany({
      where: { resolutionId: { in: ids }, recalledSymbol: { notIn: [...known] } },
      select: { recalledSymbol: true },
      distinct: ['recalledSymbol'],
    });
    const own = members.find((member) => member.id === resolutionId);
    const ownOrder = { sessionNumber: own?.sessionNumber ?? null, adoptedOn: toIsoDate(own?.adoptedOn ?? null) };
    const entries: SeriesEntry[] = [
      ...members.map((member) => {
        const entry = { ...member, adoptedOn: toIsoDate(member.adoptedOn) };
        // Joined by the agenda item rather than a recall: placed by when it was adopted.
        const place: SeriesEntry['place'] =
          member.id === resolutionId
            ? 'this'
            : earlier.includes(member.id)
              ? 'earlier'
              : later.includes(member.id)
                ? 'later'
                : compare(entry, ownOrder) < 0
                  ? 'earlier'
                  : 'later';
        return { ...entry, place, imported: true, undocsUrl: undocsUrl(member.symbol) };
      }),
      ...notImported.map(({ recalledSymbol }) => {
        const entry = { sessionNumber: sessionOf(recalledSymbol), adoptedOn: null };
        return {
          id: null,
          symbol: recalledSymbol,
          title: null,
          ...entry,
          place: compare({ ...entry, symbol: recalledSymbol }, ownOrder) < 0 ? ('earlier' as const) : ('later' as const),
          imported: false,
          undocsUrl: undocsUrl(recalledSymbol),
        };
      }),
    ];
    return entries.sort(compare);
  }
}

type Ordered = { sessionNumber: number | null; adoptedOn: string | null; symbol?: string };

/** Oldest first: by session, then adoption day, then symbol in number order (58/53 before 58/127). */
function compare(a: Ordered, b: Ordered): number {
  return (
    (a.sessionNumber ?? 0) - (b.sessionNumber ?? 0) ||
    (a.adoptedOn ?? '').localeCompare(b.adoptedOn ?? '') ||
    (a.symbol ?? '').localeCompare(b.symbol ?? '', 'en', { numeric: true })
  );
}

/** "A/RES/57/159" was adopted at the 57th session: enough to place a not-yet-imported resolution on the timeline. */
function sessionOf(symbol: string): number | null {
  const match = /^A\/RES\/(\d+)\//.exec(symbol);
  return match ? Number(match[1]) : null;
}
