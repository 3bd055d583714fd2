import { Injectable } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { CountCache } from './count-cache';
import type { ListPage } from './list-page';

/**
 * The totals of every list (Content-Range), one cache for the process: a
 * write to any table can change another list's total (a linked document
 * changes which obligations are overdue), so ClearListTotalsInterceptor clears
 * them all after every write request, and ListTotalsListener whenever
 * PostgreSQL reports a write made elsewhere.
 */
@Injectable()
export class ListTotals extends CountCache {
  constructor(environment: Environment) {
    super(environment.LIST_COUNT_CACHE_MS);
  }

  /**
   * One page of `resource`: its rows read now, in parallel with the total of
   * `where` (the Prisma filter both use, which identifies the count) as kept.
   */
  async page<Row, View>(
    resource: string,
    where: object,
    read: { skip: number; rows: () => Promise<Row[]>; count: () => Promise<number>; view: (row: Row) => View },
  ): Promise<ListPage<View>> {
    const [rows, total] = await Promise.all([read.rows(), this.count(`${resource} ${JSON.stringify(where)}`, read.count)]);
    return { records: rows.map(read.view), total, skip: read.skip };
  }
}
