import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import type { OfficeLimit } from './office-limit';
import type { Principal } from './principal';

/** The signed-in user, on routes whose policy requires one (@Allow, @SignedIn). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<FastifyRequest>().principal;
  if (!principal) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
  return principal;
});

/**
 * The responsible offices the signed-in user may change obligations of: null for every office (administrators,
 * unrestricted editors), else the editor's offices (unassigned obligations included).
 */
export const EditableOffices = createParamDecorator((_data: unknown, context: ExecutionContext): OfficeLimit => {
  const principal = context.switchToHttp().getRequest<FastifyRequest>().principal;
  if (!principal || principal.role !== 'SECRETARIAT_EDITOR' || principal.offices.length === 0) return null;
  return principal.offices;
});
