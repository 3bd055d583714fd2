import { useTrackerBrowser } from './support/tracker-browser';

const tracker = useTrackerBrowser();

interface Dashboard {
  byStatus: { status: string; count: number }[];
  overdue: { total: number };
}

it('opens on the dashboard, whose counts open the obligations they count', async () => {
  const url = tracker.server.url;
  const counts = (await (await tracker.server.fetchAsAdministrator('/api/dashboard')).json()) as Dashboard;
  const pending = counts.byStatus.find((entry) => entry.status === 'PENDING')?.count;
  expect(pending).toBeGreaterThan(0); // the seed resolutions' obligations start pending

  const { page } = tracker;
  await page.goto(url);
  await page.getByRole('heading', { name: /Obligations by status/ }).waitFor();
  await page.getByRole('link', { name: `Overdue ${counts.overdue.total}`, exact: true }).waitFor();
  await page.getByRole('link', { name: `Pending ${pending}`, exact: true }).click();

  await page.waitForURL((address) => decodeURIComponent(address.hash).includes('/obligations?filter={"status":"PENDING"}'));
  await page.getByRole('table').waitFor();
});

it('searches "mine action" from the app bar, highlights the words and opens the resolution', async () => {
  const { page } = tracker;
  await page.goto(tracker.server.url);
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
});
