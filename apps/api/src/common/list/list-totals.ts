import { Injectable } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { CountCache } from './count-cache';

/**
 * The totals of every list (Content-Range), one cache for the process: a
 * write to any table can change another list's total (a linked document
 * changes which obligations are overdue), so ClearListTotalsInterceptor clears
 * them all after every write request.
 */
@Injectable()
export class ListTotals extends CountCache {
  constructor(environment: Environment) {
    super(environment.LIST_COUNT_CACHE_MS);
  }

  /** The total of `resource`'s records matching `where` (a Prisma filter, which identifies the count). */
  of(resource: string, where: object, count: () => Promise<number>): Promise<number> {
    return this.count(`${resource} ${JSON.stringify(where)}`, count);
  }
}
