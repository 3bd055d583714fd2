import { ADMINISTRATOR } from './support/tracker-server';
import { useTrackerBrowser } from './support/tracker-browser';

const tracker = useTrackerBrowser();

it('asks for sign-in, refuses a wrong password, shows the user and role in the app bar, and signs out', async () => {
  const context = await tracker.browser.newContext();
  const page = await context.newPage();
  await page.goto(tracker.server.url);
  await page.getByLabel('E-mail').fill(ADMINISTRATOR.email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('The e-mail or password is wrong').waitFor();

  await page.getByLabel('Password').fill(ADMINISTRATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Obligations by status/ }).waitFor();
  await page.getByLabel('Signed-in user').getByText('Administrator · Administrator').waitFor();
  await page.getByRole('menuitem', { name: 'Users' }).waitFor();

  await page.getByRole('button', { name: 'Administrator: account menu' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  // The session is revoked on the server, not only forgotten by the page.
  const me = await context.request.get(`${tracker.server.url}/api/auth/me`);
  expect(me.status()).toBe(401);
  await context.close();
});

it('shows an auditor everything to read but no button to change anything', async () => {
  const auditor = await tracker.server.createAccount('AUDITOR', 'Olga Auditor');
  const page = await tracker.pageAs(auditor);
  await page.goto(`${tracker.server.url}/#/obligations`);
  await page.getByLabel('Signed-in user').getByText('Olga Auditor · Auditor').waitFor();
  const row = page.getByRole('row').filter({ hasText: 'A/RES/62/99, para. 10' });
  await row.getByText('A/RES/62/99, para. 10').click();
  await page.getByRole('table', { name: 'History' }).waitFor();
  await expect(page.getByRole('button', { name: 'Mark submitted' }).count()).resolves.toBe(0);
  await expect(page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Record document' }).count()).resolves.toBe(0);
  await expect(page.getByLabel('Add a note').count()).resolves.toBe(0);
  await expect(page.getByRole('menuitem', { name: 'Import' }).count()).resolves.toBe(0);
  await expect(page.getByRole('menuitem', { name: 'Users' }).count()).resolves.toBe(0);
});

it('records the signed-in editor’s name in the history of a change made in the admin', async () => {
  const editor = await tracker.server.createAccount('SECRETARIAT_EDITOR', 'Eve Editor');
  const page = await tracker.pageAs(editor);
  await page.goto(`${tracker.server.url}/#/obligations`);
  const row = page.getByRole('row').filter({ hasText: 'A/RES/58/127, para. 26' }).first();
  await row.getByText('A/RES/58/127, para. 26').click();
  await page.getByRole('button', { name: 'Mark in progress' }).click();
  await page.getByRole('table', { name: 'History' }).getByText('Eve Editor').waitFor();
});

it('creates an API token shown once, which then reads the API, and revokes it', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/tokens`);
  await page.getByLabel('Token name').fill('Excel');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByLabel('New token').textContent())?.trim() ?? '';
  expect(token).toMatch(/^mt_/);
  const read = () => fetch(`${tracker.server.url}/api/obligations`, { headers: { Authorization: `Bearer ${token}` } });
  expect((await read()).status).toBe(200);
  await page.getByRole('row').filter({ hasText: 'Excel' }).getByRole('button', { name: 'Revoke' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: 'Excel' })
    .getByText(/revoked/)
    .waitFor();
  expect((await read()).status).toBe(401);
});

it('lets the administrator invite a user with a role and offices', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/users/create`);
  await page.getByLabel('Email').fill('nina@e2e.test');
  await page.getByLabel('Name').fill('Nina Officer');
  await page.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Secretariat editor' }).click();
  // Offices are chosen from the managed list, one after the other (offices.e2e-spec.ts finds them by other names).
  const offices = page.getByRole('combobox', { name: 'Offices' });
  await offices.fill('UNMAS');
  await page.getByRole('option', { name: /^UNMAS — / }).click();
  await offices.fill('OCHA');
  await page.getByRole('option', { name: /^OCHA — / }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('row').filter({ hasText: 'nina@e2e.test' }).getByText('UNMAS, OCHA').waitFor();
});

it('asks a user signing in with a one-time password to choose their own before anything else', async () => {
  const invited = await tracker.server.fetchAsAdministrator('/api/users', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: 'omar@e2e.test',
      displayName: 'Omar Officer',
      role: 'COMMITTEE_OFFICER',
      password: 'given by the admin',
    }),
  });
  expect(invited.status).toBe(201);
  const context = await tracker.browser.newContext();
  const page = await context.newPage();
  await page.goto(tracker.server.url);
  await page.getByLabel('E-mail').fill('omar@e2e.test');
  await page.getByLabel('Password').fill('given by the admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('You signed in with a one-time password').waitFor();
  await expect(page.getByRole('menuitem', { name: 'Obligations' }).count()).resolves.toBe(0);

  await page.getByLabel('Current password').fill('given by the admin');
  await page.getByLabel('New password').fill('omar’s own passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('menuitem', { name: 'Obligations' }).waitFor();
  await page.getByRole('heading', { name: /Obligations by status/ }).waitFor();
  await context.close();
});
