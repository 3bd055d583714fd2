import type { FastifyRequest } from 'fastify';

/** CORS_ORIGINS as a list of origins ("https://a.example, https://b.example"). */
export function configuredOrigins(value: string): string[] {
  return value
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
}

/** This server's own origin as the browser sees it (X-Forwarded-* count only with TRUST_PROXY). */
export function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * A browser names the page that sent a request in Origin (or, failing that, Referer). A write carried by the
 * session cookie must come from our own pages or a configured origin: a form on another site is refused.
 */
export function sentFromAllowedOrigin(request: FastifyRequest, allowed: string[]): boolean {
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (!origin || origin === 'null') return false;
  return origin === ownOrigin(request) || allowed.includes(origin);
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
