import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Recorded as the actor of changes made without a signed-in user: start-up seeding, the command line. */
export const SYSTEM_ACTOR = 'system';

/**
 * The one place a controller gets who acts, for the audit trail and for authored records (notes): the signed-in
 * user's display name. AuditService adds the user's id, the API token used and the request id to every event
 * itself (from the request context), so passing this name along is all a module does.
 */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const principal = context.switchToHttp().getRequest<FastifyRequest>().principal;
  return principal?.displayName ?? SYSTEM_ACTOR;
});

/**
 * @deprecated X-Actor is gone: the audit trail names the signed-in user. Kept as a no-op so that branches written
 * before accounts existed still compile when merged; remove its uses.
 */
export const ApiActorHeader = (): MethodDecorator => () => undefined;
