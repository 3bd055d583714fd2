import { spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { projectRoot } from '../src/config/paths';
import { createTestApp, type TestApp } from './support/test-app';
import { requireFreshBuild } from './support/fresh-build';

const cli = path.join(projectRoot, 'apps/api/dist/cli/users.cli.js');
let t: TestApp;

// The CLI as built: refuse, naming the stale build, rather than test older code.
beforeAll(() => requireFreshBuild('api'));

jest.setTimeout(300_000); // each run starts Nest, which takes seconds on a busy machine

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

/** The CLI against the database the running app uses, as an administrator would while the server runs. */
function users(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

it('adds a user with a one-time password, makes a token that works, and deactivates', async () => {
  const added = users(
    'add',
    'Rita@Test.example',
    '--role',
    'SECRETARIAT_EDITOR',
    '--office',
    'UNMAS',
    '--office',
    'OCHA',
    '--name',
    'Rita',
  );
  expect(added.stderr).toBe('');
  expect(added.status).toBe(0);
  expect(added.stdout).toContain('Added rita@test.example (SECRETARIAT_EDITOR, offices UNMAS, OCHA)');
  const password = added.stdout.trim().split('\n').at(-1)!;
  const signIn = await request(t.anonymous).post('/api/auth/sign-in').send({ email: 'rita@test.example', password }).expect(200);
  expect(signIn.body).toMatchObject({ displayName: 'Rita', mustChangePassword: true, offices: ['UNMAS', 'OCHA'] });

  const made = users('token', 'rita@test.example', '--days', '7');
  expect(made.status).toBe(0);
  const token = made.stdout.trim().split('\n').at(-1)!;
  expect(token).toMatch(/^mt_/);
  await request(t.anonymous).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
  const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'ApiToken', action: 'CREATE', actor: 'users-cli' } });
  expect(event.actorUserId).toBeNull();

  const deactivated = users('deactivate', 'rita@test.example');
  expect(deactivated.status).toBe(0);
  await request(t.anonymous).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
});

it('explains its usage and exits 2 on a bad command or role, 1 for an unknown user', () => {
  const bare = users();
  expect(bare.status).toBe(2);
  expect(bare.stderr).toContain('usage: npm run users -- add <email> --role');
  expect(users('add', 'x@test.example', '--role', 'KING').stderr).toContain('--role must be one of ADMINISTRATOR');
  const unknown = users('token', 'nobody@test.example');
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain('User nobody@test.example does not exist');
});
