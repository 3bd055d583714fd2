import { ROLES, roleMay, type Role } from '@mandate-tracker/contracts';
import request from 'supertest';
import type { AccessPolicy } from '../src/auth/access-policy.decorator';
import { routeTable, type RouteEntry } from '../src/common/http/route-table';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Every route of the API, from Fastify's own route table, called anonymously and as each role: each must answer
 * as its declared policy says (401 anonymous, 403 for a role not allowed, anything else when allowed). A route
 * registered without a policy fails here, as does a write that an auditor or a committee officer could make
 * outside the few their roles allow.
 */

/** Served by plugins outside Nest's router, so outside the guard: the OpenAPI description, readable by anyone. */
const OUTSIDE_NEST = /^\/api\/docs(-json|-yaml|\/.*)?$/;

/** Writes anyone may make on their own account (sign-in is public). */
const OWN_ACCOUNT_WRITES = [
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'POST /api/auth/password',
  'POST /api/tokens',
  'DELETE /api/tokens/:id',
];
/** What a committee officer may write besides: notes and comments, and the calendar subscriptions they follow. */
const COMMENT_WRITES = [
  'POST /api/obligations/:id/notes',
  'POST /api/calendar-feeds',
  'POST /api/calendar-feeds/:id/secret',
  'DELETE /api/calendar-feeds/:id',
];

const READ_METHODS = new Set(['GET', 'HEAD']);
const key = (route: RouteEntry) => `${route.method} ${route.url}`;

let t: TestApp;
let routes: RouteEntry[];
const tokens = new Map<Role, string>();

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_RATE_LIMIT: '100' });
  routes = routeTable(t.app.getHttpAdapter().getInstance()).filter(
    (route) => route.method !== 'HEAD' && route.method !== 'OPTIONS' && !OUTSIDE_NEST.test(route.url),
  );
  for (const role of ROLES) tokens.set(role, role === 'ADMINISTRATOR' ? t.administrator.token : (await t.userWithRole(role)).token);
});

afterAll(async () => {
  await t?.close();
});

/** Ids that exist nowhere and empty bodies: an allowed call answers 4xx from validation or lookup, changing nothing. */
function call(route: RouteEntry, token: string | undefined, headers: Record<string, string> = {}) {
  const url = route.url.replace(/:[A-Za-z]+/g, '999999');
  const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
  let pending = request(t.anonymous)[method](url).set(headers);
  if (token) pending = pending.set('Authorization', `Bearer ${token}`);
  return READ_METHODS.has(route.method) || route.method === 'DELETE' ? pending : pending.send({});
}

it('finds the routes of every module in the route table', () => {
  const urls = routes.map(key);
  expect(urls).toEqual(
    expect.arrayContaining([
      'GET /api/resolutions',
      'PATCH /api/obligations/:id',
      'POST /api/auth/sign-in',
      'GET /api/auth/sso/start',
      'GET /api/auth/sso/callback',
      'GET /api/users',
    ]),
  );
  expect(routes.length).toBeGreaterThan(30);
});

it('has a declared access policy on every route', () => {
  expect(routes.filter((route) => !route.facts.access).map(key)).toEqual([]);
});

it('lets auditors and committee officers change nothing beyond their own account and notes', () => {
  const writes = (role: Role) =>
    routes
      .filter((route) => !READ_METHODS.has(route.method) && allows(route.facts.access, role))
      .map(key)
      .sort();
  expect(writes('AUDITOR')).toEqual([...OWN_ACCOUNT_WRITES].sort());
  expect(writes('COMMITTEE_OFFICER')).toEqual([...OWN_ACCOUNT_WRITES, ...COMMENT_WRITES].sort());
});

/** The managed office list and its suggestion rules: read by everyone signed in, written by administrators only. */
const OFFICE_ROUTES = [
  'GET /api/offices',
  'GET /api/offices/suggestion',
  'GET /api/offices/:id',
  'POST /api/offices',
  'PATCH /api/offices/:id',
  'DELETE /api/offices/:id',
  'GET /api/office-suggestion-rules',
  'GET /api/office-suggestion-rules/:id',
  'POST /api/office-suggestion-rules',
  'PATCH /api/office-suggestion-rules/:id',
  'DELETE /api/office-suggestion-rules/:id',
];

it('lets every signed-in role read the offices and only administrators change them', () => {
  const officeRoutes = routes.filter((route) => OFFICE_ROUTES.includes(key(route)));
  expect(officeRoutes.map(key).sort()).toEqual([...OFFICE_ROUTES].sort());
  for (const route of officeRoutes) {
    const mayWrite = ROLES.filter((role) => allows(route.facts.access, role));
    expect([key(route), mayWrite]).toEqual([key(route), READ_METHODS.has(route.method) ? [...ROLES] : ['ADMINISTRATOR']]);
  }
});

function allows(policy: AccessPolicy | undefined, role: Role | 'anonymous'): boolean {
  if (!policy) return false;
  if (policy.kind === 'public') return true;
  return role !== 'anonymous' && roleMay(role, policy.roles);
}

/** What a user holding a one-time password may still call: who they are, choosing their own, signing out. */
const BEFORE_PASSWORD_CHANGE = ['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/sign-out'];

it('holds back a browser signed in with a one-time password on every signed-in route but their account', async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const origin = await t.app.getUrl();
  const user = await t.userWithRole('ADMINISTRATOR', { password: 'a one-time password' });
  await t.prisma.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
  const signIn = await request(t.anonymous)
    .post('/api/auth/sign-in')
    .send({ email: user.email, password: 'a one-time password' })
    .expect(200);
  const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
  const open: string[] = [];
  // Signing out would end the session the sweep runs in; its policy is read from the route table instead.
  const signOut = routes.find((route) => key(route) === 'POST /api/auth/sign-out')!;
  if (signOut.facts.beforePasswordChange) open.push(key(signOut));
  for (const route of routes.filter((r) => r.facts.access?.kind === 'roles' && r !== signOut)) {
    const response = await call(route, undefined, { Cookie: cookie, Origin: origin });
    if (response.body?.error !== 'PASSWORD_CHANGE_REQUIRED') open.push(key(route));
  }
  expect(open.sort()).toEqual([...BEFORE_PASSWORD_CHANGE].sort());
});

describe.each(['anonymous', ...ROLES] as const)('as %s', (caller) => {
  it('every route answers as its policy declares', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const response = await call(route, caller === 'anonymous' ? undefined : tokens.get(caller));
      const allowed = allows(route.facts.access, caller);
      const expected = allowed ? 'not 401/403' : caller === 'anonymous' ? '401' : '403';
      const ok = allowed ? response.status !== 401 && response.status !== 403 : response.status === Number(expected);
      if (!ok)
        mismatches.push(`${key(route)}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 120)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
