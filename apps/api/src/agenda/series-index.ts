import type { RecallGraph } from './agenda.repository';

/**
 * A body's series in memory, as the follow-up module defines them (series/series.repository.ts): what a resolution
 * recalls, transitively, and what recalls it, transitively. The agenda walks hundreds of items; one read of the
 * recall table beats a recursive query per item.
 */
export class SeriesIndex {
  private readonly idBySymbol = new Map<string, number>();
  private readonly sessionById = new Map<number, number | null>();
  private readonly symbolById = new Map<number, string>();
  private readonly recalled = new Map<number, string[]>();
  private readonly recalledBy = new Map<string, number[]>();

  constructor(graph: RecallGraph) {
    for (const r of graph.resolutions) {
      this.idBySymbol.set(r.symbol, r.id);
      this.sessionById.set(r.id, r.sessionNumber);
      this.symbolById.set(r.id, r.symbol);
    }
    for (const { resolutionId, recalledSymbol } of graph.recalls) {
      push(this.recalled, resolutionId, recalledSymbol);
      push(this.recalledBy, recalledSymbol, resolutionId);
    }
  }

  /** The resolutions given, everything they recall and everything that recalls them, transitively. */
  familyOf(ids: Iterable<number>): Set<number> {
    const family = new Set<number>();
    for (const id of ids) {
      family.add(id);
      this.walk(id, (at) => (this.recalled.get(at) ?? []).flatMap((s) => this.idOf(s)), family);
      this.walk(id, (at) => this.recalledBy.get(this.symbolById.get(at) ?? '') ?? [], family);
    }
    return family;
  }

  /** Symbols the resolutions recall that were never imported: "Recalling its resolutions 48/7 …" still dates the item. */
  recalledElsewhere(ids: Iterable<number>): string[] {
    const out = new Set<string>();
    for (const id of ids) for (const symbol of this.recalled.get(id) ?? []) if (!this.idBySymbol.has(symbol)) out.add(symbol);
    return [...out];
  }

  sessionOf(id: number): number | null {
    return this.sessionById.get(id) ?? null;
  }

  symbolOf(id: number): string | undefined {
    return this.symbolById.get(id);
  }

  private idOf(symbol: string): number[] {
    const id = this.idBySymbol.get(symbol);
    return id === undefined ? [] : [id];
  }

  private walk(start: number, next: (id: number) => number[], seen: Set<number>): void {
    const visited = new Set<number>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const at = queue.pop() as number;
      for (const id of next(at)) {
        if (visited.has(id)) continue;
        visited.add(id);
        seen.add(id);
        queue.push(id);
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "A/RES/57/159" was adopted at the 57th session; other bodies' symbols do not say. */
export function gaSessionOfSymbol(symbol: string): number | null {
  const match = /^A\/RES\/(\d+)\//.exec(symbol);
  return match ? Number(match[1]) : null;
}
