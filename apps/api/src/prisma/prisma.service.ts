import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';
import { FILTER_ONLY_COLUMNS } from './filter-only-columns';
import { isRetryableConflict, TRANSACTION_ATTEMPTS } from './retry-conflicts';

export const DATABASE_URL = Symbol('DATABASE_URL');

/** What an interactive transaction's work is given (the last overload of `$transaction` is the interactive one). */
export type Transaction = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
export type TransactionOptions = Parameters<PrismaService['$transaction']>[1];

/** How long the database may take; past it a request is answered 503 instead of waiting on. */
export interface DatabaseTimeouts {
  /** PostgreSQL cancels a statement running longer (statement_timeout). */
  statementMs: number;
  /** Opening a connection; and, plus a margin, the client's own limit on a query, for a server that does not answer at all. */
  connectMs: number;
}

const PRISMA_DEFAULT_MAX_WAIT_MS = 2_000;
const PRISMA_DEFAULT_TRANSACTION_MS = 5_000;

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { statementMs: 15_000, connectMs: 5_000 };

/** The only place a PrismaClient is created. */
@Injectable()
export class PrismaService
  extends PrismaClient<Prisma.PrismaClientOptions & { omit: typeof FILTER_ONLY_COLUMNS }>
  implements OnModuleDestroy
{
  private static readonly logger = new Logger('Database');

  constructor(databaseUrl: string, timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS) {
    const adapter = new PrismaPg(
      {
        connectionString: databaseUrl,
        connectionTimeoutMillis: timeouts.connectMs,
        statement_timeout: timeouts.statementMs,
        // A frozen or unreachable server never answers, so statement_timeout never fires: the client gives up too.
        query_timeout: timeouts.statementMs + timeouts.connectMs,
        // A transaction left open by a crashed request must not hold its locks for ever.
        idle_in_transaction_session_timeout: timeouts.statementMs * 2,
        keepAlive: true,
      },
      {
        // Without these listeners an idle connection that the server drops (a restart) is an unhandled 'error' event that kills the process.
        onPoolError: (error) => PrismaService.logger.warn(`Idle database connection lost: ${error.message}`),
        onConnectionError: (error) => PrismaService.logger.warn(`Database connection lost: ${error.message}`),
      },
    );
    super({
      adapter,
      omit: FILTER_ONLY_COLUMNS,
      // Prisma's own defaults (2 s to get a connection, 5 s in all) answered busy-but-healthy writes 503 under the load
      // benchmark while reads had 15 s: a transaction gets the database's limits, never less than Prisma's defaults.
      transactionOptions: {
        maxWait: Math.max(timeouts.connectMs, PRISMA_DEFAULT_MAX_WAIT_MS),
        timeout: Math.max(timeouts.statementMs, PRISMA_DEFAULT_TRANSACTION_MS),
      },
    });
  }

  /**
   * An interactive transaction, run again from the start when PostgreSQL aborts it for a deadlock or a serialization
   * failure (its effects are rolled back, so running it again is safe); only the last failure reaches the caller, as
   * 409 WRITE_CONFLICT. Every interactive transaction goes through here (lint forbids `$transaction(fn)` elsewhere),
   * so `work` must have no effect outside the database it could repeat.
   */
  async transaction<Result>(work: (tx: Transaction) => Promise<Result>, options?: TransactionOptions): Promise<Result> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.$transaction(work, options);
      } catch (error) {
        if (attempt >= TRANSACTION_ATTEMPTS || !isRetryableConflict(error)) throw error;
        PrismaService.logger.debug(`transaction met a concurrent writer (attempt ${attempt}); running it again`);
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
