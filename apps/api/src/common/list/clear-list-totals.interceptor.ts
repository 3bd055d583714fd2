import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { finalize, type Observable } from 'rxjs';
import { ListTotals } from './list-totals';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Clears the list totals once a write request has finished, committed or not:
 * one place for every write, so no new endpoint can forget it and no total
 * counted mid-write outlives the write.
 */
@Injectable()
export class ClearListTotalsInterceptor implements NestInterceptor {
  constructor(private readonly totals: ListTotals) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method = context.switchToHttp().getRequest<FastifyRequest>().method;
    if (READS.has(method)) return next.handle();
    return next.handle().pipe(finalize(() => this.totals.invalidate()));
  }
}
