import { startOidcProvider, TEST_CLIENT, type TestProvider } from './support/oidc-provider';
import { useTrackerBrowser } from './support/tracker-browser';
import { unusedPort } from './support/tracker-server';

let provider: TestProvider | undefined;

const tracker = useTrackerBrowser({
  environment: async () => {
    // The provider must know the redirect address before the tracker starts, so this tracker cannot take port 0.
    const port = await unusedPort();
    const redirectUrl = `http://127.0.0.1:${port}/api/auth/sso/callback`;
    provider = await startOidcProvider(redirectUrl, {
      olga: { email: 'olga.auditor@un.org', name: 'Olga Auditor', groups: ['tracker-auditors'] },
    });
    return {
      PORT: String(port),
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: TEST_CLIENT.id,
      OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
      OIDC_REDIRECT_URL: redirectUrl,
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_ROLE_MAP: '{"tracker-auditors":"AUDITOR"}',
    };
  },
});

afterAll(async () => {
  await provider?.stop();
});

it('signs in through the identity provider and lands on the dashboard with the mapped role, which changes nothing', async () => {
  const context = await tracker.browser.newContext();
  const page = await context.newPage();
  await page.goto(tracker.server.url);
  await page.getByRole('link', { name: 'Sign in with SSO' }).click();

  // The provider's own development pages: any password for a known login, then consent.
  await page.locator('input[name="login"]').fill('olga');
  await page.locator('input[name="password"]').fill('whatever the provider accepts');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('heading', { name: /Obligations by status/ }).waitFor();
  await page.getByLabel('Signed-in user').getByText('Olga Auditor · Auditor').waitFor();
  await page.goto(`${tracker.server.url}/#/obligations`);
  const row = page.getByRole('row').filter({ hasText: 'A/RES/62/99, para. 10' });
  await row.getByText('A/RES/62/99, para. 10').click();
  await page.getByRole('table', { name: 'History' }).waitFor();
  await expect(page.getByRole('button', { name: 'Mark submitted' }).count()).resolves.toBe(0);
  await expect(page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
  await expect(page.getByRole('menuitem', { name: 'Import' }).count()).resolves.toBe(0);
  const me = await context.request.get(`${tracker.server.url}/api/auth/me`);
  expect(await me.json()).toMatchObject({ role: 'AUDITOR', method: 'sso' });
  await context.close();
});
