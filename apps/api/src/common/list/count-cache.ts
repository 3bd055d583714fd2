/**
 * Totals for Content-Range, kept for a moment. Counting every match is most of
 * a list request's cost on a large table (see docs/performance.md, Lists),
 * while many people open the same few lists; a total up to `ttlMs` old is
 * acceptable for pagination, and writes made through this process clear it.
 * Callers arriving while a count runs share it instead of starting their own.
 */
export class CountCache {
  private readonly entries = new Map<string, { until: number; total: Promise<number> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
  ) {}

  count(key: string, compute: () => Promise<number>): Promise<number> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.total;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const total = compute();
    this.entries.set(key, { until: now + this.ttlMs, total });
    // A failed count must not be served to the next caller.
    total.catch(() => this.entries.delete(key));
    return total;
  }

  invalidate(): void {
    this.entries.clear();
  }

  /** Clears the totals once a write has finished (committed or not), so no count taken mid-write survives it. */
  async afterWrite<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      this.invalidate();
    }
  }
}
