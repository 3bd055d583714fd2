import type { PrismaService } from '../../src/prisma/prisma.service';

/**
 * Builds a history at chosen dates: runs real API calls, then moves the audit events they wrote to the given
 * instant. The trail is append-only, so the test lifts its trigger for that one statement (table owner's right).
 */
export class DatedHistory {
  constructor(private readonly prisma: PrismaService) {}

  async at<T>(instant: string, action: () => Promise<T>): Promise<T> {
    const [row] = await this.prisma.$queryRaw<{ last: bigint }[]>`SELECT COALESCE(max(id), 0) AS last FROM audit_event`;
    const last = row?.last ?? 0n;
    const result = await action();
    await this.prisma.$transaction([
      this.prisma.$executeRawUnsafe('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only'),
      this.prisma.$executeRaw`UPDATE audit_event SET occurred_at = ${new Date(instant)} WHERE id > ${last}`,
      this.prisma.$executeRawUnsafe('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only'),
    ]);
    return result;
  }

  /** An event as the importer would have written it, at a chosen instant. */
  async created(instant: string, entityType: string, record: { id: number }, actor = 'importer'): Promise<void> {
    const after = JSON.stringify(record);
    await this.prisma.$executeRaw`
      INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, after)
      VALUES (${new Date(instant)}, ${actor}, 'CREATE', ${entityType}, ${String(record.id)}, ${after}::jsonb)`;
  }

  /** Rows stored by factories carry today's creation time; the history says when they were made. */
  async createdOn(table: 'resolution' | 'obligation' | 'document', id: number, instant: string): Promise<void> {
    await this.prisma.$executeRawUnsafe(`UPDATE ${table} SET created_at = $1 WHERE id = $2`, new Date(instant), id);
  }
}
