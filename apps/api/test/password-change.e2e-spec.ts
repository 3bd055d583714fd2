import request from 'supertest';
import { UsersService } from '../src/users/users.service';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let origin: string;

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_RATE_LIMIT: '30' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = await t.app.getUrl();
});

afterAll(async () => {
  await t?.close();
});

async function signedIn(email: string, password: string) {
  const agent = request.agent(t.anonymous);
  const response = await agent.post('/api/auth/sign-in').set('Origin', origin).send({ email, password }).expect(200);
  return { agent, response };
}

describe('a one-time password', () => {
  it('given by an administrator lets the user do nothing but choose their own, sign out or ask who they are', async () => {
    const created = await t.app
      .get(UsersService)
      .create({ email: 'rita@test.example', displayName: 'Rita', role: 'SECRETARIAT_EDITOR', password: 'one-time password 1' }, 'test');
    const { agent, response } = await signedIn(created.email, 'one-time password 1');
    expect(response.body).toMatchObject({ mustChangePassword: true });

    const refused = await agent.get('/api/obligations').expect(403);
    expect(refused.body).toMatchObject({ error: 'PASSWORD_CHANGE_REQUIRED', details: { changePassword: 'POST /api/auth/password' } });
    await agent.post('/api/resolutions').set('Origin', origin).send({}).expect(403);
    await agent.get('/api/auth/me').expect(200);

    const same = await agent
      .post('/api/auth/password')
      .set('Origin', origin)
      .send({ currentPassword: 'one-time password 1', newPassword: 'one-time password 1' })
      .expect(400);
    expect(same.body).toMatchObject({ error: 'VALIDATION_FAILED', details: { fields: ['newPassword'] } });
    expect(same.body.message).toContain('must differ from the current one');

    await agent
      .post('/api/auth/password')
      .set('Origin', origin)
      .send({ currentPassword: 'one-time password 1', newPassword: 'my very own passphrase' })
      .expect(204);
    expect((await agent.get('/api/auth/me').expect(200)).body).toMatchObject({ mustChangePassword: false });
    await agent.get('/api/obligations').expect(200);
  });

  it('set by a reset holds back the browser session until it is replaced, but not the user’s API tokens', async () => {
    const user = await t.userWithRole('AUDITOR', { password: 'the first passphrase' });
    await request(t.server).post(`/api/users/${user.id}/password`).send({ password: 'reset by the admin' }).expect(200);

    const { agent } = await signedIn(user.email, 'reset by the admin');
    expect((await agent.get('/api/audit').expect(403)).body.error).toBe('PASSWORD_CHANGE_REQUIRED');
    // A token is its own credential (made by its owner or an administrator, shown once), not the one-time password.
    await user.api.get('/api/obligations').expect(200);
    await agent.post('/api/auth/sign-out').set('Origin', origin).expect(204);

    const again = await signedIn(user.email, 'reset by the admin');
    await again.agent
      .post('/api/auth/password')
      .set('Origin', origin)
      .send({ currentPassword: 'reset by the admin', newPassword: 'a passphrase of mine' })
      .expect(204);
    await again.agent.get('/api/audit').expect(200);
  });

  it('chosen at the first start must be replaced too', async () => {
    // The first administrator's generated password: the same flag, set by createFirstAdministrator.
    const admin = await t.app
      .get(UsersService)
      .create({ email: 'first@test.example', displayName: 'First', role: 'ADMINISTRATOR', password: 'printed in the log' }, 'system', {
        mustChangePassword: true,
      });
    const { agent } = await signedIn(admin.email, 'printed in the log');
    expect((await agent.get('/api/users').expect(403)).body.error).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
