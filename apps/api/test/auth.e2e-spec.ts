import request from 'supertest';
import { createApp } from '../src/app.factory';
import { loadEnvironment } from '../src/config/environment';
import { UsersService } from '../src/users/users.service';
import { validationError } from './support/error-bodies';
import { createTestDatabase } from './support/test-database';
import { createObligation } from './factories/obligation.factory';
import { createTestApp, type TestApp, type TestUser } from './support/test-app';

const PASSWORD = 'correct horse battery';

let t: TestApp;
let origin: string;

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_RATE_LIMIT: '30', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '8' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = await t.app.getUrl();
});

afterAll(async () => {
  await t?.close();
});

/** Signs in through the API as a browser would: the agent keeps the cookie and names its origin on writes. */
async function signedIn(user: TestUser, password = PASSWORD) {
  const agent = request.agent(t.anonymous);
  const response = await agent.post('/api/auth/sign-in').set('Origin', origin).send({ email: user.email, password }).expect(200);
  return { agent, response };
}

describe('local sign-in', () => {
  it('sets an HTTP-only, SameSite=Strict session cookie and answers who is signed in', async () => {
    const ana = await t.userWithRole('SECRETARIAT_EDITOR', { displayName: 'Ana Lopez', password: PASSWORD, offices: ['UNMAS'] });
    const { agent, response } = await signedIn(ana);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^mt_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=28800/);
    expect(cookie).not.toMatch(/Secure/); // plain http here; behind TLS (TRUST_PROXY) it is Secure
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toEqual({
      id: ana.id,
      email: ana.email,
      displayName: 'Ana Lopez',
      role: 'SECRETARIAT_EDITOR',
      offices: ['UNMAS'],
      method: 'password',
      mustChangePassword: false,
    });
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'SIGN_IN', actorUserId: ana.id } });
    expect(event).toMatchObject({ actor: 'Ana Lopez', entityType: 'User', entityId: String(ana.id), requestId: expect.any(String) });
  });

  it('refuses a wrong password without telling whether the e-mail exists, and audits the failure', async () => {
    const user = await t.userWithRole('AUDITOR', { password: PASSWORD });
    const wrong = await request(t.anonymous)
      .post('/api/auth/sign-in')
      .send({ email: user.email, password: 'not the password' })
      .expect(401);
    const unknown = await request(t.anonymous)
      .post('/api/auth/sign-in')
      .send({ email: 'nobody@test.example', password: PASSWORD })
      .expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'UNAUTHENTICATED', message: unknown.body.message, details: null });
    const failures = await t.prisma.auditEvent.findMany({ where: { action: 'SIGN_IN_FAILED' }, orderBy: { id: 'asc' } });
    expect(failures.map((e) => [e.entityId, (e.after as { reason: string }).reason])).toEqual(
      expect.arrayContaining([
        [String(user.id), 'wrong password'],
        ['nobody@test.example', 'unknown e-mail'],
      ]),
    );
  });

  it('slows down repeated failures on one account with growing delays', async () => {
    const user = await t.userWithRole('AUDITOR', { password: PASSWORD });
    const attempt = (password: string) => request(t.anonymous).post('/api/auth/sign-in').send({ email: user.email, password });
    for (let i = 0; i < 4; i += 1) await attempt('wrong password!').expect(401);
    // The fourth failure blocks the account for 2 s: even the right password waits.
    const blocked = await attempt(PASSWORD).expect(429);
    expect(blocked.body).toMatchObject({ error: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: expect.any(Number) } });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await attempt('wrong password!').expect(401);
    const longer = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(longer.signInBlockedUntil!.getTime() - Date.now()).toBeGreaterThan(2500); // 4 s now
    await t.prisma.user.update({ where: { id: user.id }, data: { signInBlockedUntil: null } });
    await attempt(PASSWORD).expect(200);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedSignIns).toBe(0);
  });

  it('refuses a deactivated user', async () => {
    const user = await t.userWithRole('COMMITTEE_OFFICER', { password: PASSWORD });
    const { version } = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await request(t.server).patch(`/api/users/${user.id}`).send({ active: false, version }).expect(200);
    await request(t.anonymous).post('/api/auth/sign-in').send({ email: user.email, password: PASSWORD }).expect(401);
    await request(t.anonymous).get('/api/auth/me').set('Authorization', `Bearer ${user.token}`).expect(401);
  });
});

describe('sessions', () => {
  it('end after the idle timeout and after their absolute lifetime', async () => {
    const user = await t.userWithRole('AUDITOR', { password: PASSWORD });
    const idle = await signedIn(user);
    await idle.agent.get('/api/auth/me').expect(200);
    await t.prisma.signInSession.updateMany({ where: { userId: user.id }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect((await idle.agent.get('/api/auth/me').expect(401)).body.error).toBe('UNAUTHENTICATED');

    const old = await signedIn(user);
    await t.prisma.signInSession.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await old.agent.get('/api/auth/me').expect(401);
  });

  it('are revoked by sign-out, and by a password change (but the browser that changed it)', async () => {
    const user = await t.userWithRole('COMMITTEE_OFFICER', { password: PASSWORD });
    const first = await signedIn(user);
    await first.agent.post('/api/auth/sign-out').set('Origin', origin).expect(204);
    await first.agent.get('/api/auth/me').expect(401);
    expect(await t.prisma.auditEvent.count({ where: { action: 'SIGN_OUT', actorUserId: user.id } })).toBe(1);

    const other = await signedIn(user);
    const changer = await signedIn(user);
    await changer.agent
      .post('/api/auth/password')
      .set('Origin', origin)
      .send({ currentPassword: PASSWORD, newPassword: 'short' })
      .expect(400);
    await changer.agent
      .post('/api/auth/password')
      .set('Origin', origin)
      .send({ currentPassword: PASSWORD, newPassword: 'a much longer passphrase' })
      .expect(204);
    await other.agent.get('/api/auth/me').expect(401);
    await changer.agent.get('/api/auth/me').expect(200);
    await signedIn(user, 'a much longer passphrase');
  });

  it('refuse a write carried by the cookie from another origin, or naming none', async () => {
    const user = await t.userWithRole('SECRETARIAT_EDITOR', { password: PASSWORD });
    const { agent } = await signedIn(user);
    const obligation = await createObligation(t.prisma);
    const foreign = await agent
      .post(`/api/obligations/${obligation.id}/notes`)
      .set('Origin', 'https://evil.example')
      .send({ text: 'x' })
      .expect(403);
    expect(foreign.body).toMatchObject({ error: 'CROSS_ORIGIN_REFUSED' });
    await agent.post(`/api/obligations/${obligation.id}/notes`).send({ text: 'x' }).expect(403);
    await agent.post(`/api/obligations/${obligation.id}/notes`).set('Origin', origin).send({ text: 'from our page' }).expect(201);
  });
});

describe('request bodies', () => {
  it('are JSON only: a form posted from another site is refused before it is read', async () => {
    const obligation = await createObligation(t.prisma);
    const form = await request(t.server).post(`/api/obligations/${obligation.id}/notes`).type('form').send('text=forged').expect(415);
    expect(form.body).toMatchObject({ error: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('application/json') });
    await request(t.server).post(`/api/obligations/${obligation.id}/notes`).set('Content-Type', 'text/plain').send('forged').expect(415);
    expect(await t.prisma.obligationNote.count({ where: { obligationId: obligation.id } })).toBe(0);
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, act with their owner’s rights, and stop at revocation and expiry', async () => {
    const auditor = await t.userWithRole('AUDITOR', { password: PASSWORD });
    const { agent } = await signedIn(auditor);
    const created = await agent.post('/api/tokens').set('Origin', origin).send({ name: 'Excel', days: 30 }).expect(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^mt_[\w-]{43}$/);
    const stored = await t.prisma.apiToken.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(stored.tokenHash).not.toContain(token.slice(3));
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect((await agent.get('/api/tokens').expect(200)).body.map((k: { name: string }) => k.name)).toEqual(['Excel', 'test']);

    const bearer = () => request(t.anonymous).get('/api/resolutions').set('Authorization', `Bearer ${token}`);
    await bearer().expect(200);
    // Never more than the owner: an auditor's token reads but does not write.
    await request(t.anonymous).post('/api/resolutions').set('Authorization', `Bearer ${token}`).send({}).expect(403);

    await t.prisma.apiToken.update({ where: { id: stored.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await bearer().expect(401)).body.message).toMatch(/expired or revoked/);
    await t.prisma.apiToken.update({ where: { id: stored.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    await bearer().expect(200);
    await agent.delete(`/api/tokens/${stored.id}`).set('Origin', origin).expect(200);
    await bearer().expect(401);
    await request(t.anonymous).get('/api/resolutions').set('Authorization', 'Basic abc').expect(401);
  });

  it('of another user cannot be revoked by a non-administrator', async () => {
    const one = await t.userWithRole('COMMITTEE_OFFICER');
    const other = await t.userWithRole('COMMITTEE_OFFICER');
    const token = await t.prisma.apiToken.findFirstOrThrow({ where: { userId: other.id } });
    await one.api.delete(`/api/tokens/${token.id}`).expect(404);
  });
});

describe('the users and tokens lists', () => {
  it('page like every other list: Content-Range, sort, range, and a 400 naming a field they do not sort by', async () => {
    const before = await t.prisma.user.count();
    await t.userWithRole('AUDITOR', { displayName: 'Aaron Aardvark' });
    const deactivated = await t.userWithRole('AUDITOR', { displayName: 'Aaron Aaa' });
    await t.prisma.user.update({ where: { id: deactivated.id }, data: { active: false } });

    const first = await request(t.server).get('/api/users').query({ sort: '["displayName","ASC"]', range: '[0,0]' }).expect(200);
    expect(first.headers['content-range']).toBe(`users 0-0/${before + 2}`);
    // Active users first: the deactivated Aaron Aaa comes before Aaron Aardvark by name, but not before an active user.
    expect(first.body.map((u: { displayName: string }) => u.displayName)).toEqual(['Aaron Aardvark']);
    const all = (await request(t.server).get('/api/users').query({ range: '[0,999]' }).expect(200)).body as { active: boolean }[];
    expect(all.map((u) => u.active)).toEqual([...all.filter((u) => u.active), ...all.filter((u) => !u.active)].map((u) => u.active));
    expect(all.filter((u) => !u.active).length).toBeGreaterThan(0);

    const refused = await request(t.server).get('/api/users').query({ sort: '["passwordHash","ASC"]' }).expect(400);
    expect(refused.body).toEqual(validationError({ sort: 'sort field must be one of: displayName, email, role, lastSignInAt, id' }));

    const owner = await t.userWithRole('COMMITTEE_OFFICER');
    await t.prisma.apiToken.create({
      data: {
        userId: owner.id,
        name: 'zeta sheet',
        tokenHash: 'h-zeta',
        prefix: 'mt_zeta00',
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const tokens = await owner.api.get('/api/tokens').query({ sort: '["name","DESC"]' }).expect(200);
    expect(tokens.body.map((k: { name: string }) => k.name)).toEqual(['zeta sheet', 'test']);
    expect(tokens.headers['content-range']).toBe('tokens 0-1/2');
  });
});

describe('the audit trail', () => {
  it('names the user, the token and the request of a change made with a token', async () => {
    const editor = await t.userWithRole('SECRETARIAT_EDITOR', { displayName: 'Token Editor' });
    const obligation = await createObligation(t.prisma);
    const token = await t.prisma.apiToken.findFirstOrThrow({ where: { userId: editor.id } });
    await editor.api
      .patch(`/api/obligations/${obligation.id}`)
      .set('X-Request-Id', 'req-token-1')
      .send({ focalPoint: 'J. Smith', version: 1 })
      .expect(200);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'Obligation', entityId: String(obligation.id) } });
    expect(event).toMatchObject({ actor: 'Token Editor', actorUserId: editor.id, actorTokenId: token.id, requestId: 'req-token-1' });
  });

  it('names the user of a change made in a browser session, without a token', async () => {
    const user = await t.userWithRole('SECRETARIAT_EDITOR', { displayName: 'Session Editor', password: PASSWORD });
    const { agent } = await signedIn(user);
    const obligation = await createObligation(t.prisma);
    const note = await agent.post(`/api/obligations/${obligation.id}/notes`).set('Origin', origin).send({ text: 'Asked OLA' }).expect(201);
    expect(note.body.author).toBe('Session Editor');
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'ObligationNote', entityId: String(note.body.id) } });
    expect(event).toMatchObject({
      actor: 'Session Editor',
      actorUserId: user.id,
      actorTokenId: null,
      requestId: note.headers['x-request-id'],
    });
  });

  it('ignores an X-Actor header', async () => {
    const obligation = await createObligation(t.prisma);
    await request(t.server).post(`/api/obligations/${obligation.id}/notes`).set('X-Actor', 'someone else').send({ text: 'n' }).expect(201);
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'ObligationNote', after: { path: ['obligationId'], equals: obligation.id } },
    });
    expect(event.actor).toBe('Test Administrator');
  });
});

describe('an editor limited to offices', () => {
  it('changes obligations of their offices and unassigned ones only, and cannot hand one to another office', async () => {
    const editor = await t.userWithRole('SECRETARIAT_EDITOR', { offices: ['UNMAS', 'OCHA'] });
    const own = await createObligation(t.prisma, { responsibleOffice: 'UNMAS' });
    const unassigned = await createObligation(t.prisma, { responsibleOffice: null });
    const foreign = await createObligation(t.prisma, { responsibleOffice: 'DPPA' });
    await editor.api.patch(`/api/obligations/${own.id}`).send({ focalPoint: 'A', version: 1 }).expect(200);
    await editor.api.patch(`/api/obligations/${unassigned.id}`).send({ responsibleOffice: 'OCHA', version: 1 }).expect(200);
    const refused = await editor.api.patch(`/api/obligations/${foreign.id}`).send({ focalPoint: 'B', version: 1 }).expect(403);
    expect(refused.body).toMatchObject({ error: 'FORBIDDEN', details: { office: 'DPPA', offices: ['UNMAS', 'OCHA'] } });
    await editor.api.patch(`/api/obligations/${own.id}`).send({ responsibleOffice: 'DPPA', version: 2 }).expect(403);
    await editor.api.post(`/api/obligations/${foreign.id}/documents`).send({ symbol: 'A/62/307' }).expect(403);
    expect(await t.prisma.obligation.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({
      focalPoint: foreign.focalPoint,
      version: 1,
    });
    // Without offices, an editor changes any obligation.
    const everywhere = await t.userWithRole('SECRETARIAT_EDITOR');
    await everywhere.api.patch(`/api/obligations/${foreign.id}`).send({ focalPoint: 'C', version: 1 }).expect(200);
  });
});

describe('first start', () => {
  it('creates an administrator with a one-time password only while there are no users', async () => {
    const database = await createTestDatabase();
    const app = await createApp(loadEnvironment({ LOG_LEVEL: 'silent', ADMIN_DIST: '/nonexistent' }), database.appUrl);
    try {
      await app.getHttpAdapter().getInstance().ready();
      const users = app.get(UsersService);
      const created = await users.createFirstAdministrator('First@Test.example', undefined);
      expect(created).toMatchObject({
        user: { email: 'first@test.example', role: 'ADMINISTRATOR' },
        generatedPassword: expect.any(String),
      });
      const signIn = await request(app.getHttpServer())
        .post('/api/auth/sign-in')
        .send({ email: 'first@test.example', password: created!.generatedPassword })
        .expect(200);
      expect(signIn.body).toMatchObject({ role: 'ADMINISTRATOR', mustChangePassword: true });
      await expect(users.createFirstAdministrator('second@test.example', 'another long password')).resolves.toBeUndefined();
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe('security headers', () => {
  it('send a content security policy and the other helmet headers', async () => {
    const response = await request(t.anonymous).get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the sign-in rate limit per address', () => {
  it('answers 429 in the error shape once the limit is reached', async () => {
    const limited = await createTestApp({ SIGN_IN_RATE_LIMIT: '3' });
    try {
      const attempt = () =>
        request(limited.anonymous).post('/api/auth/sign-in').send({ email: 'x@test.example', password: 'whatever it is' });
      for (let i = 0; i < 3; i += 1) await attempt().expect(401);
      const response = await attempt().expect(429);
      expect(response.body).toMatchObject({ statusCode: 429, error: 'TOO_MANY_REQUESTS', message: expect.stringContaining('try again') });
    } finally {
      await limited.close();
    }
  });
});
