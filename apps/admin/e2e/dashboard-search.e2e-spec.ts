import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { newInstall, startTracker, type TrackerServer } from './support/tracker-server';

let server: TrackerServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTracker(await newInstall());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Dashboard {
  byStatus: { status: string; count: number }[];
  overdue: { total: number };
}

it('opens on the dashboard, whose counts open the obligations they count', async () => {
  const url = server?.url ?? '';
  const counts = (await (await server.fetchAsAdministrator('/api/dashboard')).json()) as Dashboard;
  const pending = counts.byStatus.find((entry) => entry.status === 'PENDING')?.count;
  expect(pending).toBeGreaterThan(0); // the seed resolutions' obligations start pending

  const page = await server.signedInPage(browser);
  await page.goto(url);
  await page.getByRole('heading', { name: /Obligations by status/ }).waitFor();
  await page.getByRole('link', { name: `Overdue ${counts.overdue.total}`, exact: true }).waitFor();
  await page.getByRole('link', { name: `Pending ${pending}`, exact: true }).click();

  await page.waitForURL((address) => decodeURIComponent(address.hash).includes('/obligations?filter={"status":"PENDING"}'));
  await page.getByRole('table').waitFor();
  await page.close();
});

it('searches "mine action" from the app bar, highlights the words and opens the resolution', async () => {
  const page = await server.signedInPage(browser);
  await page.goto(server?.url ?? '');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('mine action');
  await box.press('Enter');

  const results = page.getByRole('list', { name: 'Search results' });
  await results.waitFor();
  const first = results.getByRole('link').first();
  await expect(first.locator('mark').allTextContents()).resolves.toEqual(expect.arrayContaining(['mine', 'action']));
  await expect(results.getByRole('link', { name: /A\/RES\/78\/70/ }).count()).resolves.toBeGreaterThan(0);

  await results.getByRole('link', { name: /^Resolution A\/RES\/78\/70/ }).click();
  await page.waitForURL(/#\/resolutions\/\d+\/show$/);
  await page.getByText('https://undocs.org/en/A/RES/78/70').waitFor();
  await page.close();
});
