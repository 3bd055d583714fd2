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
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

const RESOURCE = 'list:whole-resource';

/** Short lists answered whole (users, one's tokens): react-admin still reads their length from Content-Range. */
@Injectable()
export class WholeListRangeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const resource = this.reflector.get<string>(RESOURCE, context.getHandler());
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((records: unknown[]) => {
        void reply.header('Content-Range', `${resource} 0-${Math.max(records.length - 1, 0)}/${records.length}`);
        return records;
      }),
    );
  }
}

export const ContentRangeOfAll = (resource: string): MethodDecorator =>
  applyDecorators(SetMetadata(RESOURCE, resource), UseInterceptors(WholeListRangeInterceptor));
