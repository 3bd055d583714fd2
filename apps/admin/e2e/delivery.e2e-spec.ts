import type { Page, Response } from 'playwright-core';
import { measureFirstLoad, OFFICE_LINK } from './support/first-load';
import { useTrackerBrowser } from './support/tracker-browser';

const tracker = useTrackerBrowser();

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** Every response the page receives while `act` runs, so a test can see what was downloaded for a route. */
async function responsesDuring(page: Page, act: () => Promise<void>): Promise<Response[]> {
  const seen: Response[] = [];
  const record = (response: Response) => seen.push(response);
  page.on('response', record);
  await act();
  page.off('response', record);
  return seen;
}

it('serves the admin compressed, hashed assets cached for a year, index.html revalidated, and a favicon', async () => {
  const { url } = tracker.server;
  const { page } = tracker;
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
});

it('publishes no source maps with the production build', async () => {
  const { url } = tracker.server;
  const { page } = tracker;
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
});

// Each screen named here must stay a chunk of its own: imported eagerly, its code joins the first load and no chunk
// of that name is ever fetched, so the test fails (the Offices screens were once imported eagerly by App.tsx).
it.each([
  { screen: 'Sessions', chunk: /\/assets\/SessionList-[\w-]+\.js$/, column: 'Body' },
  { screen: 'Offices', chunk: /\/assets\/OfficeList-[\w-]+\.js$/, column: 'Abbreviation' },
])('downloads the $screen screen’s code only when the screen is first opened', async ({ screen, chunk, column }) => {
  const { url } = tracker.server;
  const { page } = tracker;
  const loaded = await responsesDuring(page, async () => {
    await page.goto(url);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  });
  expect(loaded.filter((response) => chunk.test(response.url()))).toEqual([]);
  const opened = await responsesDuring(page, async () => {
    await page.getByRole('menuitem', { name: screen }).click();
    await page.getByRole('columnheader', { name: column }).waitFor();
  });
  expect(opened.some((response) => chunk.test(response.url()))).toBe(true);
});

it('shows a visitor the sign-in form without downloading the screens behind it', async () => {
  const { url } = tracker.server;
  const page = await tracker.browser.newPage();
  const responses = await responsesDuring(page, async () => {
    await page.goto(url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
  const scripts = responses.map((response) => new URL(response.url()).pathname).filter((path) => path.endsWith('.js'));
  expect(scripts.some((path) => /\/assets\/SignInPage-[\w-]+\.js$/.test(path))).toBe(true);
  expect(
    scripts.filter((path) => /\/assets\/(Dashboard|ObligationList|CompliancePage|UserList|AuditLogList|OfficeList)-/.test(path)),
  ).toEqual([]);
  await page.close();
});

it('keeps the first load small: under 450 kB on the wire before the dashboard shows', async () => {
  const { url } = tracker.server;
  const local = await measureFirstLoad(tracker.browser, url);
  const office = await measureFirstLoad(tracker.browser, url, OFFICE_LINK);
  // The figures in docs/performance.md come from this line.
  console.log(`first load: ${JSON.stringify({ local, office })}`);
  expect(office.bytes).toBeLessThan(450_000);
});
