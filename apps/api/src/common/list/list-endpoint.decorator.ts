import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { ListPage } from './list-page';

const RESOURCE_NAME = 'list:resource';

/** Answers a ListPage as react-admin expects: the records as the body, their span in Content-Range. */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const resource = this.reflector.get<string>(RESOURCE_NAME, context.getHandler());
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((page: ListPage<unknown>) => {
        const last = page.skip + Math.max(page.records.length - 1, 0);
        void reply.header('Content-Range', `${resource} ${page.skip}-${last}/${page.total}`);
        void reply.header('Access-Control-Expose-Headers', 'Content-Range');
        return page.records;
      }),
    );
  }
}

export function ListEndpoint(resource: string): MethodDecorator {
  return applyDecorators(
    SetMetadata(RESOURCE_NAME, resource),
    UseInterceptors(ContentRangeInterceptor),
    ApiHeader({ name: 'Content-Range', required: false, description: `Response header: ${resource} first-last/total` }),
    ApiResponse({ status: 400, description: 'sort, range or filter is malformed or names a field the list does not offer' }),
  );
}
