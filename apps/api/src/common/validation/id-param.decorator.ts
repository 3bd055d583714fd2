import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiParam } from '@nestjs/swagger';
import { AppError } from '../errors/app-error';

/**
 * A record id route parameter (`:id` unless named, e.g. `IdParam('linkId')`) as a positive whole number.
 * A custom decorator, not a pipe, because the global ValidationPipe would turn "abc" into NaN before a pipe
 * could name the value the caller sent.
 */
export const IdParam = createParamDecorator((name: string | undefined, context: ExecutionContext): number => {
  const parameter = name ?? 'id';
  const params = context.switchToHttp().getRequest<FastifyRequest<{ Params: Record<string, string | undefined> }>>().params;
  const raw = String(params[parameter] ?? '');
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) {
    throw AppError.validation({ [parameter]: `${parameter} must be a positive whole number, got "${raw}"` });
  }
  return id;
});

/** Documents a parameter that IdParam reads, since Swagger cannot see inside a custom decorator. */
export const ApiIdParam = (name = 'id'): MethodDecorator => ApiParam({ name, type: 'integer', description: 'Record id' });
