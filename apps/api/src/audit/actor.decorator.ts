import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

export const ACTOR_HEADER = 'x-actor';
const SYSTEM_ACTOR = 'system';

/**
 * Who made the change, for the audit trail. Until accounts exist this is the
 * name a client sends in the X-Actor header, or `system`.
 */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers[ACTOR_HEADER];
  const name = (Array.isArray(header) ? header[0] : header)?.trim();
  return name ? name.slice(0, 200) : SYSTEM_ACTOR;
});

export const ApiActorHeader = (): MethodDecorator =>
  ApiHeader({ name: ACTOR_HEADER, required: false, description: 'Who makes the change, for the audit trail' });
