import type { FastifyReply, FastifyRequest } from 'fastify';

/** The browser's sign-in: an opaque secret whose SHA-256 is the session's id in PostgreSQL. */
export const SESSION_COOKIE = 'mt_session';

/**
 * HTTP-only (scripts cannot read it), SameSite=Strict (no other site's page sends it), Secure whenever the request
 * came over TLS (directly, or through a proxy trusted with TRUST_PROXY).
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, secret: string, maxAgeSeconds: number): void {
  void reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/' });
}
