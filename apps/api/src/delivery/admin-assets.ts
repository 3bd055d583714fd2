import { basename } from 'node:path';
import compress from '@fastify/compress';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Where the streamed exports are served (see registerCompression). */
const EXPORTS_PREFIX = '/api/exports/';

/** A year, the longest lifetime caches honour; safe because a changed file gets a new name. */
const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html and the favicon keep their names across releases, so browsers must ask before reusing them. */
const REVALIDATE = 'no-cache';

/**
 * Vite names every built JS/CSS file after its content hash (`index-DsgXw2hE.js`), so the file at a
 * given address never changes and may be cached for good.
 */
export function isHashedAsset(path: string): boolean {
  return /-[\w-]{8,}\.(?:js|css|woff2?|svg|png)$/.test(basename(path)) && /[\\/]assets[\\/]/.test(path);
}

/**
 * Compresses API answers and the admin's files for clients that accept it (br, then gzip). Registered
 * before Nest so static files and JSON both pass through it; bodies under 1 kB are sent as they are.
 */
export async function registerCompression(instance: FastifyInstance): Promise<void> {
  // Exports stream for as long as the rows last and are downloads (XLSX and PDF are compressed already): passed
  // through the compressor, the browser's download of them never completed (compliance.e2e-spec.ts).
  instance.addHook('onRequest', async (request) => {
    if (request.url.startsWith(EXPORTS_PREFIX)) request.headers['x-no-compression'] = 'true';
  });
  await instance.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
}

/** Serves the built admin at `/`, with cache headers that let browsers keep hashed files and recheck the rest. */
export function serveAdmin(app: NestFastifyApplication, adminDist: string): void {
  app.useStaticAssets({
    root: adminDist,
    prefix: '/',
    index: 'index.html',
    // @fastify/static's own Cache-Control would give every file the same lifetime.
    cacheControl: false,
    // @fastify/static 10 passes Fastify's reply here; Nest's typing still describes the older raw-response
    // shape (setHeader), which the reply does not have.
    setHeaders: (response, path) => {
      void (response as unknown as FastifyReply).header('Cache-Control', isHashedAsset(path) ? HASHED_ASSET_CACHE : REVALIDATE);
    },
  });
}
