/**
 * What a route declares about itself in Fastify's route config, read by the request hooks, the access guard and
 * the route matrix test. The access policy's shape lives here (below every module) so the route table can name it.
 */
export type AccessRole = 'ADMINISTRATOR' | 'SECRETARIAT_EDITOR' | 'COMMITTEE_OFFICER' | 'AUDITOR';

export type AccessPolicy = { kind: 'public' } | { kind: 'roles'; roles: readonly AccessRole[] };

export interface RouteFacts {
  access?: AccessPolicy;
  /** The route takes multipart/form-data (file uploads); every other route with a body takes JSON only. */
  uploads?: boolean;
  /** Open to a user who signed in with a one-time password and has not chosen their own yet. */
  beforePasswordChange?: boolean;
  /** @fastify/rate-limit's per-route limit. */
  rateLimit?: { max: number; timeWindow: number | string };
}
