import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiParam } from '@nestjs/swagger';
import { AppError } from '../errors/app-error';

/**
 * The `:id` route parameter as a positive whole number. A custom decorator,
 * not a pipe, because the global ValidationPipe would turn "abc" into NaN
 * before a pipe could name the value the caller sent.
 */
export const IdParam = createParamDecorator((_data: unknown, context: ExecutionContext): number => {
  const raw = String(context.switchToHttp().getRequest<FastifyRequest<{ Params: { id?: string } }>>().params.id ?? '');
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) throw AppError.validation({ id: `id must be a positive whole number, got "${raw}"` });
  return id;
});

/** Documents the `:id` parameter that IdParam reads, since Swagger cannot see inside a custom decorator. */
export const ApiIdParam = (): MethodDecorator => ApiParam({ name: 'id', type: 'integer', description: 'Record id' });
