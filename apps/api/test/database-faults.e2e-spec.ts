import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { SESSION_COOKIE } from '../src/auth/session-cookie';
import { ListTotalsListener, LIST_TOTALS_STALE } from '../src/common/list/list-totals-listener';
import { loadEnvironment } from '../src/config/environment';
import { OwnDatabaseServer } from './support/own-database-server';
import { addUser } from './support/test-app';

let database: OwnDatabaseServer;
let app: NestFastifyApplication;
/** An administrator's token: data routes need a signed-in user, and checking one needs the database too. */
let token: string;
const unhandled: unknown[] = [];
const recordUnhandled = (error: unknown) => unhandled.push(error);

beforeAll(async () => {
  process.on('uncaughtException', recordUnhandled);
  database = await OwnDatabaseServer.start();
  app = await createApp(
    loadEnvironment({
      LOG_LEVEL: 'silent',
      ADMIN_DIST: '/nonexistent',
      DATABASE_STATEMENT_TIMEOUT_MS: '1000',
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
    }),
    database.appUrl,
  );
  await app.getHttpAdapter().getInstance().ready();
  token = (await addUser(app, 'ADMINISTRATOR')).token;
}, 120_000);

afterAll(async () => {
  database.thaw();
  await app.close();
  await database.remove();
  process.off('uncaughtException', recordUnhandled);
}, 60_000);

/** The answer and how long it took. */
async function timed(path: string): Promise<{ status: number; body: { error?: string }; ms: number }> {
  const started = Date.now();
  // Health and readiness are public, asked without credentials as a load balancer asks them.
  const call = request(app.getHttpServer()).get(path);
  const response = await (path === '/api/health' || path === '/api/ready' ? call : call.set('Authorization', `Bearer ${token}`));
  return { status: response.status, body: response.body, ms: Date.now() - started };
}

const DATA_ROUTES = ['/api/obligations', '/api/resolutions', '/api/dashboard', '/api/obligations/1'];

/** Notifies until the listener hears it: one sent before it is back is lost, as notifications are. */
async function listenerHearsAgain(): Promise<void> {
  let heard = false;
  void app
    .get(ListTotalsListener)
    .heard('after-restart')
    .then(() => (heard = true));
  const client = new Client({ connectionString: database.url });
  await client.connect();
  for (let attempt = 0; !heard && attempt < 80; attempt += 1) {
    await client.query(`SELECT pg_notify('${LIST_TOTALS_STALE}', 'after-restart')`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await client.end();
  expect(heard).toBe(true);
}

it('answers 503 DATABASE_UNAVAILABLE within seconds while PostgreSQL is stopped, and recovers without a restart', async () => {
  expect((await timed('/api/obligations')).status).toBe(200);
  await database.stop();
  for (const path of DATA_ROUTES) {
    const answer = await timed(path);
    expect({ path, status: answer.status, error: answer.body.error }).toEqual({ path, status: 503, error: 'DATABASE_UNAVAILABLE' });
    expect(answer.ms).toBeLessThan(5000);
  }
  expect((await timed('/api/ready')).status).toBe(503);
  const health = await request(app.getHttpServer()).get('/api/health');
  expect(health.status).toBe(200);
  // Credentials on a public route are not looked up in vain: the answer is the same with them as without.
  const withToken = await request(app.getHttpServer()).get('/api/health').set('Authorization', `Bearer ${token}`);
  const withCookie = await request(app.getHttpServer()).get('/api/health').set('Cookie', `${SESSION_COOKIE}=a-session-secret`);
  for (const answer of [withToken, withCookie])
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: health.body });

  await database.restart();
  for (const path of ['/api/obligations', '/api/resolutions', '/api/dashboard']) expect((await timed(path)).status).toBe(200);
  expect((await timed('/api/ready')).status).toBe(200);
  // The listener finds its way back too: a notification sent now reaches it.
  await listenerHearsAgain();
  expect(unhandled).toEqual([]);
}, 90_000);

it('answers 503 within seconds while PostgreSQL is frozen, and recovers when it thaws', async () => {
  expect((await timed('/api/obligations')).status).toBe(200);
  database.freeze();
  try {
    for (const path of DATA_ROUTES) {
      const answer = await timed(path);
      expect({ path, status: answer.status, error: answer.body.error }).toEqual({ path, status: 503, error: 'DATABASE_UNAVAILABLE' });
      expect(answer.ms).toBeLessThan(5000);
    }
  } finally {
    database.thaw();
  }
  for (const path of ['/api/obligations', '/api/resolutions']) expect((await timed(path)).status).toBe(200);
  expect(unhandled).toEqual([]);
}, 90_000);
