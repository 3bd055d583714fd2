import { SetMetadata } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import { ROLES, type Role } from '@mandate-tracker/contracts';

import type { AccessPolicy, RouteFacts } from '../common/http/route-facts';

export type { AccessPolicy, RouteFacts };

/*
 * Every route declares who may call it; AccessGuard refuses a route that declares nothing (deny by default), and
 * the route matrix test fails on it. The administrator passes every policy.
 */

export const ACCESS_POLICY = 'mandate-tracker:access-policy';

/** Adds to the route's Fastify config without losing what other decorators put there. */
export function withRouteFacts(facts: RouteFacts): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const current = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) ?? {}) as RouteFacts;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...current, ...facts }, handler);
    return descriptor;
  };
}

function policy(access: AccessPolicy): MethodDecorator {
  return (target, key, descriptor) => {
    SetMetadata(ACCESS_POLICY, access)(target, key, descriptor);
    return withRouteFacts({ access })(target, key, descriptor);
  };
}

/** Anyone, signed in or not: health checks, the sign-in routes. */
export const Public = (): MethodDecorator => policy({ kind: 'public' });

/** Signed-in users with one of these roles (the administrator always passes). Use the groups: @Allow(...READERS). */
export const Allow = (...roles: Role[]): MethodDecorator => policy({ kind: 'roles', roles: [...new Set(roles)] });

/** Any signed-in user, whatever the role: their own account, their own tokens. */
export const SignedIn = (): MethodDecorator => Allow(...ROLES);

/**
 * Open to a user who must still replace a one-time password (their own account, password change, sign-out);
 * every other route answers 403 PASSWORD_CHANGE_REQUIRED until they do.
 */
export const BeforePasswordChange = (): MethodDecorator => withRouteFacts({ beforePasswordChange: true });

/** The route takes a file upload (multipart/form-data). */
export const AcceptsUploads = (): MethodDecorator => withRouteFacts({ uploads: true });
