import request from 'supertest';
import { useTestApp } from './support/test-app';

const t = useTestApp();

it('GET /api/health answers while the process is up', async () => {
  await request(t.server).get('/api/health').expect(200, { status: 'ok' });
});

it('GET /api/ready reports the database reachable and every migration applied', async () => {
  const response = await request(t.server).get('/api/ready').expect(200);
  expect(response.body).toEqual({ ready: true, database: 'reachable', pendingMigrations: [] });
});

it('GET /api/ready answers 503 naming the migrations not applied', async () => {
  await t.owner.$executeRawUnsafe(`DELETE FROM "_prisma_migrations"`);
  const response = await request(t.server).get('/api/ready').expect(503);
  expect(response.body).toMatchObject({
    ready: false,
    database: 'reachable',
    pendingMigrations: expect.arrayContaining([expect.stringMatching(/initial_model$/)]),
  });
});

it('keeps a caller request id and makes one otherwise', async () => {
  const kept = await request(t.server).get('/api/health').set('X-Request-Id', 'abc-123').expect(200);
  expect(kept.headers['x-request-id']).toBe('abc-123');
  const made = await request(t.server).get('/api/health').expect(200);
  expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

it('serves the OpenAPI description under /api/docs', async () => {
  const response = await request(t.server).get('/api/docs-json').expect(200);
  expect(Object.keys(response.body.paths)).toEqual(
    expect.arrayContaining(['/api/resolutions', '/api/resolutions/{id}', '/api/health', '/api/ready']),
  );
});

it('answers unknown routes with the error shape', async () => {
  const response = await request(t.server).get('/api/nothing-here').expect(404);
  expect(response.body).toMatchObject({ statusCode: 404, error: 'ROUTE_NOT_FOUND', message: expect.any(String), details: null });
});
