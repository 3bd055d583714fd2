import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { useTestApp } from './support/test-app';

/** A stand-in admin build: Vite's layout, with a hashed script big enough to be worth compressing. */
function fakeAdminBuild(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'admin-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>UN Mandate Tracker</title>');
  writeFileSync(path.join(dist, 'assets', 'index-DsgXw2hE.js'), 'console.log("mandate");\n'.repeat(400));
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

const t = useTestApp({ ADMIN_DIST: fakeAdminBuild() });

it('caches hashed assets for a year and compresses them for clients that accept it', async () => {
  const response = await request(t.server).get('/assets/index-DsgXw2hE.js').set('Accept-Encoding', 'br, gzip').expect(200);
  expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers['content-encoding']).toBe('br');
});

it('asks browsers to revalidate index.html and the favicon, whose names do not change between releases', async () => {
  const page = await request(t.server).get('/').expect(200);
  expect(page.headers['cache-control']).toBe('no-cache');
  const icon = await request(t.server).get('/favicon.svg').expect(200);
  expect(icon.headers['cache-control']).toBe('no-cache');
});

it('sends files uncompressed to clients that do not ask for compression', async () => {
  const response = await request(t.server).get('/assets/index-DsgXw2hE.js').set('Accept-Encoding', 'identity').expect(200);
  expect(response.headers['content-encoding']).toBeUndefined();
});

it('compresses large API answers too', async () => {
  const response = await request(t.server).get('/api/docs-json').set('Accept-Encoding', 'gzip').expect(200);
  expect(response.headers['content-encoding']).toBe('gzip');
});
