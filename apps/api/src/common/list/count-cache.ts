/** A total is kept at least this many times as long as counting it took. */
const COST_FACTOR = 10;

interface Entry {
  total: Promise<number>;
  /** The total once counted, served while a newer count runs. */
  known?: number;
  freshUntil: number;
  /** Until then the known total is still answered while a newer count runs. */
  staleUntil: number;
  refreshing: boolean;
}

/**
 * Totals for Content-Range, kept for a moment. Counting every match is most of
 * a list request's cost on a large table (see docs/performance.md, Lists),
 * while many people open the same few lists; a total up to `ttlMs` old is
 * acceptable for pagination, and writes made through this process clear it
 * (ClearListTotalsInterceptor).
 * Callers arriving while a count runs share it instead of starting their own.
 *
 * Once a total is older than its time to live (but not twice that), callers
 * get it at once while one new count runs in the background: otherwise every
 * request arriving during that count (60 ms for `overdue` on 100,000
 * obligations) would wait for it, and those waits were the list's 95th
 * percentile. The time to live is `ttlMs`, or ten times what the count took if
 * longer, so recounting one list under steady load takes at most a tenth of
 * the database's time (a words filter matching half of 100,000 obligations
 * counts in over a second under load).
 */
export class CountCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  count(key: string, compute: () => Promise<number>): Promise<number> {
    if (this.ttlMs <= 0) return compute();
    const now = this.now();
    const entry = this.entries.get(key);
    if (entry && now < entry.freshUntil) return entry.total;
    if (entry?.known !== undefined && now < entry.staleUntil) {
      if (!entry.refreshing) this.refresh(key, entry, compute);
      return Promise.resolve(entry.known);
    }
    return this.start(key, compute);
  }

  invalidate(): void {
    this.entries.clear();
  }

  /** How long a total counted from `countStartedAt` until now stays fresh, then stale. */
  private lifetime(countStartedAt: number): Pick<Entry, 'freshUntil' | 'staleUntil'> {
    const timeToLive = Math.max(this.ttlMs, COST_FACTOR * (this.now() - countStartedAt));
    return { freshUntil: countStartedAt + timeToLive, staleUntil: countStartedAt + 2 * timeToLive };
  }

  private start(key: string, compute: () => Promise<number>): Promise<number> {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const startedAt = this.now();
    // Shared by every caller until it ends, however long it takes: starting another count beside a slow one
    // slows both, and under load that fed on itself (a second count of `overdue` every two seconds).
    const entry: Entry = { total: compute(), freshUntil: Number.POSITIVE_INFINITY, staleUntil: 0, refreshing: false };
    this.entries.set(key, entry);
    entry.total.then(
      (total) => {
        entry.known = total;
        Object.assign(entry, this.lifetime(startedAt));
      },
      // A failed count must not be served to the next caller.
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.total;
  }

  private refresh(key: string, stale: Entry, compute: () => Promise<number>): void {
    stale.refreshing = true;
    const startedAt = this.now();
    compute().then(
      (total) => {
        // An invalidation while counting replaced or removed the entry: this total may predate the write.
        if (this.entries.get(key) !== stale) return;
        this.entries.set(key, { total: Promise.resolve(total), known: total, ...this.lifetime(startedAt), refreshing: false });
      },
      // The stale total stays until its grace ends; the next caller tries again.
      () => {
        stale.refreshing = false;
      },
    );
  }
}
