import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DATABASE_URL } from '../../prisma/prisma.service';
import { ListTotals } from './list-totals';

/** Sent by PostgreSQL after every committed change to a listed table (migration 20261123220000). */
export const LIST_TOTALS_STALE = 'list_totals_stale';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;
/** A connection that stays up this long resets the pauses; one dropped sooner (an idle timeout) keeps them growing. */
const STABLE_MS = 60_000;
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Clears this process's list totals when anyone else changes what they count:
 * another API process, `npm run import`, SQL by hand. Writes through this
 * process are cleared at once by ClearListTotalsInterceptor; this is for the
 * rest. One connection of its own (LISTEN holds it), outside Prisma's pool; if
 * it drops, it comes back with growing pauses, and the totals are cleared
 * again since notifications sent meanwhile are lost. Until then the totals'
 * time to live still bounds how stale they get.
 */
@Injectable()
export class ListTotalsListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ListTotalsListener.name);
  private client: Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stable: NodeJS.Timeout | undefined;
  private retryMs = FIRST_RETRY_MS;
  private closing = false;
  private readonly waiting = new Map<string, () => void>();

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly totals: ListTotals,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    clearTimeout(this.retry);
    clearTimeout(this.stable);
    await this.client?.end().catch(() => undefined);
  }

  /**
   * Resolves when a notification with this payload arrives. One connection
   * receives notifications in commit order, so by then every change committed
   * before it has cleared the totals (the tests' way to wait for that).
   */
  heard(payload: string): Promise<void> {
    return new Promise((resolve) => this.waiting.set(payload, resolve));
  }

  private async listen(): Promise<void> {
    // Keep-alive probes find a connection that died without a word (a restarted server, a dropped route).
    const client = new Client({ connectionString: this.databaseUrl, keepAlive: true, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    this.client = client;
    client.on('notification', ({ payload = '' }) => {
      this.totals.invalidate();
      this.waiting.get(payload)?.();
      this.waiting.delete(payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIST_TOTALS_STALE}`);
      this.stable = setTimeout(() => (this.retryMs = FIRST_RETRY_MS), STABLE_MS).unref();
      this.totals.invalidate();
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.closing || client !== this.client) return;
    this.client = undefined;
    clearTimeout(this.stable);
    client.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : 'connection closed';
    this.logger.warn(`Not told of other processes' writes (${reason}); listening again in ${this.retryMs} ms`);
    this.retry = setTimeout(() => void this.listen(), this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }
}
