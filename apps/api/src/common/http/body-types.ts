import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';
import type { RouteFacts } from './route-facts';

/**
 * Bodies are JSON, or multipart on routes that take uploads: a plain HTML form (urlencoded, multipart or text)
 * posted from another site is refused before anything reads it, which with SameSite cookies and the origin check
 * closes cross-site request forgery.
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return;
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const uploads = (request.routeOptions.config as RouteFacts | undefined)?.uploads === true;
    if (type === 'application/json' || (uploads && type === 'multipart/form-data')) return;
    throw new AppError(
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      `Send the body as application/json${uploads ? ' or multipart/form-data' : ''} (got ${type || 'no Content-Type'})`,
      { contentType: type || null },
    );
  });
}
