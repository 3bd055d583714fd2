import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Pool, type PoolClient } from 'pg';
import { Prisma } from '../generated/prisma/client';
import { DATABASE_URL, PrismaService } from '../prisma/prisma.service';

/** What a Prisma interactive transaction hands its callback. */
export type SnapshotTx = Prisma.TransactionClient;

/**
 * One export's view of the database: a REPEATABLE READ, READ ONLY transaction held for the whole download, so every
 * row, count and hash in the file (and its manifest) comes from the same instant, whatever is written meanwhile.
 * Batches are read on its own connection as plain text arrays (no ORM mapping: that was most of the export's CPU);
 * reads that need Prisma's filters join the same snapshot (`pg_export_snapshot`) in a transaction of their own.
 */
export class ExportSnapshot {
  private constructor(
    private readonly client: PoolClient,
    private readonly prisma: PrismaService,
    private readonly id: string,
  ) {}

  static async open(pool: Pool, prisma: PrismaService): Promise<ExportSnapshot> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
      return new ExportSnapshot(client, prisma, rows[0]?.id ?? '');
    } catch (error) {
      client.release(error instanceof Error ? error : true);
      throw error;
    }
  }

  /** Runs Prisma reads in the export's snapshot (several may run at once, each on its own connection). */
  prismaRead<T>(read: (tx: SnapshotTx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(
      async (tx) => {
        // Must come before any read of the transaction; the id is PostgreSQL's, never a user's text.
        await tx.$executeRawUnsafe(`SET TRANSACTION SNAPSHOT '${this.id.replace(/'/g, '')}'`);
        return read(tx);
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 10_000, timeout: 600_000 },
    );
  }

  /** Rows as arrays in the columns' order, on the snapshot's own connection. */
  async rows(text: string, values: unknown[]): Promise<unknown[][]> {
    return (await this.client.query<unknown[]>({ text, values, rowMode: 'array' })).rows;
  }

  /** Ends the transaction and gives the connection back; a failed export's connection is discarded. */
  async close(failure?: unknown): Promise<void> {
    if (failure) {
      this.client.release(failure instanceof Error ? failure : true);
      return;
    }
    try {
      await this.client.query('COMMIT');
      this.client.release();
    } catch (error) {
      this.client.release(error instanceof Error ? error : true);
    }
  }
}

/** The exports' own connections, so a long download never holds one of the pool the API's requests share. */
@Injectable()
export class ExportDatabase implements OnModuleDestroy {
  private readonly logger = new Logger(ExportDatabase.name);
  private readonly pool: Pool;

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    private readonly prisma: PrismaService,
  ) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 4, idleTimeoutMillis: 30_000 });
    // An idle connection the server drops must not become an unhandled 'error' event.
    this.pool.on('error', (error) => this.logger.warn(`export connection lost: ${error.message}`));
  }

  snapshot(): Promise<ExportSnapshot> {
    return ExportSnapshot.open(this.pool, this.prisma);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
