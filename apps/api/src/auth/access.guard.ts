import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLE_LABELS, roleMay } from '@mandate-tracker/contracts';
import type { FastifyRequest } from 'fastify';
import type { RouteFacts } from '../common/http/route-facts';
import { AppError } from '../common/errors/app-error';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable';
import { ErrorCode } from '../common/errors/error-code';
import { Environment } from '../config/environment';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.decorator';
import { configuredOrigins, sentFromAllowedOrigin } from './allowed-origins';
import { AuthenticationService } from './authentication.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global: establishes who the request comes from, then applies the route's declared policy. A route that declares
 * none is refused to everyone (deny by default) and logged, so a forgotten policy is found, never exploited.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');
  private readonly origins: string[];

  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: AuthenticationService,
    environment: Environment,
  ) {
    this.origins = configuredOrigins(environment.CORS_ORIGINS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error(`${request.method} ${request.routeOptions.url} declares no access policy (@Public or @Allow): refused`);
      throw new AppError(ErrorCode.FORBIDDEN, 'This route declares no access policy, so nobody may call it', { policy: null });
    }
    const unsafe = !SAFE_METHODS.has(request.method);
    // Sign-in is checked too when a browser names its origin: a forged cross-site sign-in would put the victim in
    // the attacker's account.
    if (unsafe && policy.kind === 'public' && request.headers.origin !== undefined) this.checkOrigin(request);
    if (policy.kind === 'public') {
      request.principal = await this.authentication.authenticate(request).catch((error: unknown) => {
        // A public route answers anyone, so not knowing who asks changes nothing: /api/health asked with a token while
        // PostgreSQL is down must answer as it does without one, not 503 for a look-up it never needed.
        if (isDatabaseUnavailable(error)) return undefined;
        throw error;
      });
      return true;
    }
    request.principal = await this.authentication.authenticate(request);
    const principal = request.principal;
    if (!principal) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first (session cookie or Authorization: Bearer <token>)');
    if (unsafe && principal.sessionId) this.checkOrigin(request);
    const held = principal.mustChangePassword && principal.method !== 'token';
    if (held && (request.routeOptions.config as RouteFacts | undefined)?.beforePasswordChange !== true) {
      // A one-time password was chosen by someone else (printed in a log, set by an administrator): until the
      // user replaces it, whoever else saw it could act as them. An API token is another credential, made by its
      // owner or an administrator and shown once, so `npm run users -- add` then `-- token` serves a script.
      throw new AppError(
        ErrorCode.PASSWORD_CHANGE_REQUIRED,
        'Choose your own password first: this account signed in with a one-time password',
        {
          changePassword: 'POST /api/auth/password',
        },
      );
    }
    if (!roleMay(principal.role, policy.roles)) {
      throw new AppError(ErrorCode.FORBIDDEN, `A ${ROLE_LABELS[principal.role].toLowerCase()} may not do this`, {
        role: principal.role,
        allowed: ['ADMINISTRATOR', ...policy.roles],
      });
    }
    return true;
  }

  private checkOrigin(request: FastifyRequest): void {
    if (!sentFromAllowedOrigin(request, this.origins)) {
      throw new AppError(
        ErrorCode.CROSS_ORIGIN_REFUSED,
        'A change carried by the session cookie must come from this application’s own pages (Origin header)',
        { origin: request.headers.origin ?? null },
      );
    }
  }
}
