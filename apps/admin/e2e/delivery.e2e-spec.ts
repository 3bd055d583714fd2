import type { Browser, Response } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { measureFirstLoad, OFFICE_LINK } from './support/first-load';
import { newInstall, startTracker, type TrackerServer } from './support/tracker-server';

let server: TrackerServer | undefined;
let browser: Browser;

beforeAll(async () => {
  server = await startTracker(await newInstall());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const signedIn = () => {
  if (!server) throw new Error('the tracker did not start');
  return server.signedInPage(browser);
};

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** Every response the page receives while `act` runs, so a test can see what was downloaded for a route. */
async function responsesDuring(page: import('playwright-core').Page, act: () => Promise<void>): Promise<Response[]> {
  const seen: Response[] = [];
  const record = (response: Response) => seen.push(response);
  page.on('response', record);
  await act();
  page.off('response', record);
  return seen;
}

it('serves the admin compressed, hashed assets cached for a year, index.html revalidated, and a favicon', async () => {
  const url = server?.url ?? '';
  const page = await signedIn();
  const responses = await responsesDuring(page, async () => {
    await page.goto(url);
    await page.getByRole('menuitem', { name: 'Obligations' }).waitFor();
  });

  const html = responses.find((response) => new URL(response.url()).pathname === '/');
  expect(html?.headers()['cache-control']).toBe('no-cache');
  const scripts = responses.filter((response) => /\/assets\/.+\.js$/.test(response.url()));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.headers()['cache-control']).toBe(YEAR_IMMUTABLE);
    expect(['br', 'gzip']).toContain(script.headers()['content-encoding']);
  }

  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const favicon = await fetch(new URL(icon ?? '/favicon.ico', url));
  expect(favicon.status).toBe(200);
  expect(favicon.headers.get('content-type')).toContain('image/svg+xml');
  await page.close();
});

it('publishes no source maps with the production build', async () => {
  const url = server?.url ?? '';
  const page = await signedIn();
  const responses = await responsesDuring(page, async () => {
    await page.goto(url);
    await page.getByRole('menuitem', { name: 'Obligations' }).waitFor();
  });
  const scripts = responses.filter((response) => /\/assets\/.+\.js$/.test(response.url()));
  for (const script of scripts) {
    expect((await script.text()).includes('sourceMappingURL')).toBe(false);
    const map = await fetch(`${script.url()}.map`);
    expect(map.status).toBe(404);
  }
  await page.close();
});

it('downloads a screen’s code only when the screen is first opened', async () => {
  const url = server?.url ?? '';
  const page = await signedIn();
  await page.goto(url);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  const opened = await responsesDuring(page, async () => {
    await page.getByRole('menuitem', { name: 'Sessions' }).click();
    await page.getByRole('columnheader', { name: 'Body' }).waitFor();
  });
  expect(opened.some((response) => /\/assets\/SessionList-[\w-]+\.js$/.test(response.url()))).toBe(true);
  await page.close();
});

it('shows a visitor the sign-in form without downloading the screens behind it', async () => {
  const url = server?.url ?? '';
  const page = await browser.newPage();
  const responses = await responsesDuring(page, async () => {
    await page.goto(url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
  const scripts = responses.map((response) => new URL(response.url()).pathname).filter((path) => path.endsWith('.js'));
  expect(scripts.some((path) => /\/assets\/SignInPage-[\w-]+\.js$/.test(path))).toBe(true);
  expect(scripts.filter((path) => /\/assets\/(Dashboard|ObligationList|CompliancePage|UserList|AuditLogList)-/.test(path))).toEqual([]);
  await page.close();
});

it('keeps the first load small: under 450 kB on the wire before the dashboard shows', async () => {
  const url = server?.url ?? '';
  const local = await measureFirstLoad(browser, url);
  const office = await measureFirstLoad(browser, url, OFFICE_LINK);
  // The figures in docs/performance.md come from this line.
  console.log(`first load: ${JSON.stringify({ local, office })}`);
  expect(office.bytes).toBeLessThan(450_000);
});
