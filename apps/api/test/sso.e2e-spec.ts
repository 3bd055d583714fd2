import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';
import { signInAtProvider, startTestProvider, type TestProvider } from './support/oidc-test-provider';

/** The provider sends browsers here; the test carries the query to the app itself. */
const REDIRECT_URL = 'http://tracker.test/api/auth/sso/callback';
const ROLE_MAP = '{"tracker-editors":"SECRETARIAT_EDITOR","tracker-auditors":"AUDITOR"}';

let provider: TestProvider;
let t: TestApp;
let origin: string;

beforeAll(async () => {
  provider = await startTestProvider([REDIRECT_URL], {
    olga: { email: 'Olga.Auditor@un.org', name: 'Olga Auditor', groups: ['tracker-auditors'] },
    eddie: { email: 'eddie@un.org', name: 'Eddie Both', groups: ['tracker-auditors', 'tracker-editors'] },
    nina: { email: 'nina@un.org', name: 'Nina Nogroup', groups: ['somebody-else'] },
    ana: { email: 'ana.lopez@un.org', name: 'Ana at the provider', groups: ['tracker-auditors'] },
    gone: { email: 'gone@un.org', name: 'Gone', groups: ['tracker-auditors'] },
    unverified: { email: 'claims@un.org', email_verified: false, groups: ['tracker-auditors'] },
  });
  t = await createTestApp(
    provider.environment(REDIRECT_URL, { OIDC_ROLE_MAP: ROLE_MAP, OIDC_DEFAULT_ROLE: 'COMMITTEE_OFFICER', SIGN_IN_RATE_LIMIT: '100' }),
  );
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = await t.app.getUrl();
}, 60_000);

afterAll(async () => {
  await t?.close();
  await provider?.stop();
});

/** A browser's round trip: to the provider, sign in there as `login`, and back to the callback with what it sent. */
async function ssoSignIn(login: string, tamper: (query: string) => string = (query) => query) {
  const agent = request.agent(t.anonymous);
  const start = await agent.get('/api/auth/sso/start').expect(302);
  const query = await signInAtProvider(String(start.headers.location), login, REDIRECT_URL);
  const back = await agent.get(`/api/auth/sso/callback${tamper(query)}`).expect(302);
  return { agent, start, back, query };
}

const ssoError = (location: string): string | null => new URL(location, 'http://x').searchParams.get('sso_error');

describe('single sign-on through OpenID Connect', () => {
  it('is offered on the sign-in page', async () => {
    const options = await request(t.anonymous).get('/api/auth/options').expect(200);
    expect(options.body).toEqual({ password: true, sso: { enabled: true, label: 'Sign in with SSO' } });
  });

  it('sends the browser to the provider with state, nonce and a PKCE challenge, bound to a short-lived cookie', async () => {
    const start = await request(t.anonymous).get('/api/auth/sso/start').expect(302);
    const to = new URL(String(start.headers.location));
    expect(to.origin).toBe(provider.issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'mandate-tracker',
      redirect_uri: REDIRECT_URL,
      scope: 'openid email profile groups',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    const cookie = String(start.headers['set-cookie']);
    expect(cookie).toMatch(/^mt_sso=[\w-]{43};/);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).toMatch(/Path=\/api\/auth\/sso/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('creates a new user with the role mapped from their group, signs them in with the session cookie, and audits both', async () => {
    const { agent, back } = await ssoSignIn('olga');
    expect(back.headers.location).toBe('/');
    expect(String(back.headers['set-cookie'])).toMatch(/mt_session=[\w-]{43};.*HttpOnly.*SameSite=Strict/);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ email: 'olga.auditor@un.org', displayName: 'Olga Auditor', role: 'AUDITOR', method: 'sso' });
    await agent.get('/api/obligations').expect(200);
    const write = await agent.post('/api/resolutions').set('Origin', origin).send({}).expect(403);
    expect(write.body.error).toBe('FORBIDDEN');

    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'olga.auditor@un.org' } });
    expect(user).toMatchObject({ oidcSubject: 'olga', passwordHash: null, mustChangePassword: false });
    const events = await t.prisma.auditEvent.findMany({ where: { entityType: 'User', entityId: String(user.id) }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['CREATE', 'single sign-on'],
      ['SIGN_IN', 'Olga Auditor'],
    ]);
    expect(events[1]?.after).toMatchObject({ method: 'sso' });
  });

  it('gives the first mapped group’s role to a user in several, and the default role to a user in none', async () => {
    await ssoSignIn('eddie');
    await ssoSignIn('nina');
    const roles = await t.prisma.user.findMany({ where: { email: { in: ['eddie@un.org', 'nina@un.org'] } }, orderBy: { email: 'asc' } });
    expect(roles.map((u) => [u.email, u.role])).toEqual([
      ['eddie@un.org', 'SECRETARIAT_EDITOR'],
      ['nina@un.org', 'COMMITTEE_OFFICER'],
    ]);
  });

  it('matches an existing user by e-mail, keeps the role and name given in the tracker, and links the identity', async () => {
    const ana = await t.prisma.user.create({
      data: { email: 'ana.lopez@un.org', displayName: 'Ana Lopez', role: 'SECRETARIAT_EDITOR', offices: ['UNMAS'] },
    });
    const { agent } = await ssoSignIn('ana');
    expect((await agent.get('/api/auth/me').expect(200)).body).toMatchObject({
      id: ana.id,
      displayName: 'Ana Lopez',
      role: 'SECRETARIAT_EDITOR',
      offices: ['UNMAS'],
      method: 'sso',
    });
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: ana.id } })).toMatchObject({ oidcSubject: 'ana' });
    // Later sign-ins find her by the provider's subject.
    await ssoSignIn('ana');
    expect(await t.prisma.user.count({ where: { email: 'ana.lopez@un.org' } })).toBe(1);
  });

  it('refuses a deactivated user, opens no session, and audits the refusal', async () => {
    const gone = await t.prisma.user.create({ data: { email: 'gone@un.org', displayName: 'Gone', role: 'AUDITOR', active: false } });
    const { agent, back } = await ssoSignIn('gone');
    expect(ssoError(String(back.headers.location))).toMatch(/deactivated/);
    expect(String(back.headers.location)).toMatch(/#\/login$/);
    expect(String(back.headers['set-cookie'])).not.toMatch(/mt_session=[\w-]/);
    await agent.get('/api/auth/me').expect(401);
    const refusal = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'SIGN_IN_FAILED', entityId: String(gone.id) } });
    expect(refusal.after).toMatchObject({ method: 'sso', reason: 'deactivated' });
  });

  it('refuses an e-mail the provider says it has not verified', async () => {
    const { back } = await ssoSignIn('unverified');
    expect(ssoError(String(back.headers.location))).toMatch(/not verified/);
    expect(await t.prisma.user.count({ where: { email: 'claims@un.org' } })).toBe(0);
  });

  it('refuses a callback whose state is not the one sent, and a code used twice', async () => {
    const forged = await ssoSignIn('olga', (query) => query.replace(/state=[^&]+/, 'state=forged'));
    expect(ssoError(String(forged.back.headers.location))).toMatch(/answer was refused/);
    await forged.agent.get('/api/auth/me').expect(401);

    const { agent, query } = await ssoSignIn('olga');
    const replay = await agent.get(`/api/auth/sso/callback${query}`).expect(302);
    expect(ssoError(String(replay.headers.location))).toMatch(/not started in this browser/);
  });

  it('refuses a callback in a browser that did not start the sign-in (login CSRF)', async () => {
    const start = await request(t.anonymous).get('/api/auth/sso/start').expect(302);
    const query = await signInAtProvider(String(start.headers.location), 'olga', REDIRECT_URL);
    const victim = request.agent(t.anonymous);
    const back = await victim.get(`/api/auth/sso/callback${query}`).expect(302);
    expect(ssoError(String(back.headers.location))).toMatch(/not started in this browser/);
    await victim.get('/api/auth/me').expect(401);
    const refusals = await t.prisma.auditEvent.count({ where: { action: 'SIGN_IN_FAILED', entityId: 'single sign-on' } });
    expect(refusals).toBeGreaterThanOrEqual(3);
  });
});
