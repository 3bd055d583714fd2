import type { ObligationView, ResolutionSummary } from '@mandate-tracker/contracts';
import { useTrackerBrowser } from './support/tracker-browser';

// Issue 14: the obligation page does the job on its own, the dashboard says what changed, a deletion warns first.

const tracker = useTrackerBrowser();

async function firstObligationOf(symbol: string): Promise<ObligationView> {
  const resolutions = (await (
    await tracker.server.fetchAsAdministrator(`/api/resolutions?filter=${encodeURIComponent(JSON.stringify({ q: symbol }))}`)
  ).json()) as ResolutionSummary[];
  const resolution = resolutions.find((r) => r.symbol === symbol);
  if (!resolution) throw new Error(`${symbol} is not among the seeds`);
  const obligations = (await (
    await tracker.server.fetchAsAdministrator(
      `/api/obligations?filter=${encodeURIComponent(JSON.stringify({ resolutionId: resolution.id }))}`,
    )
  ).json()) as ObligationView[];
  if (!obligations[0]) throw new Error(`${symbol} has no obligations`);
  return obligations[0];
}

it('sets the focal point and the office on the obligation page itself, and the history says what changed to what', async () => {
  const obligation = await firstObligationOf('A/RES/78/70');
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}/show`);

  await page.getByRole('button', { name: 'Set focal point' }).click();
  await page.getByRole('textbox', { name: 'Focal point' }).fill('Jane Smith');
  await page.getByRole('textbox', { name: 'Focal point' }).press('Enter');
  await page.getByText('Jane Smith', { exact: true }).waitFor();

  await page.getByRole('button', { name: 'Set responsible office' }).click();
  await page.getByRole('textbox', { name: 'Responsible office' }).fill('UNMAS');
  await page.getByRole('button', { name: 'Save responsible office' }).click();
  await page.getByText('UNMAS', { exact: true }).waitFor();

  // Still on the page, no form in between; the history reloads with both changes in words.
  expect(page.url()).toMatch(/\/show$/);
  const history = page.getByRole('table', { name: 'History' });
  await history.getByText('Focal point: — → Jane Smith').waitFor();
  await history.getByText('Responsible office: — → UNMAS').waitFor();
  const stored = (await (await tracker.server.fetchAsAdministrator(`/api/obligations/${obligation.id}`)).json()) as ObligationView;
  expect(stored).toMatchObject({ focalPoint: 'Jane Smith', responsibleOffice: 'UNMAS', version: obligation.version + 2 });

  // The Edit form shows the clause it corrects.
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}`);
  await page.getByLabel('Operative paragraph').getByText(obligation.quote.slice(0, 40)).waitFor();
});

it('dashboard: whole numbers on the count axes, and recent changes told as what changed to what', async () => {
  const obligation = await firstObligationOf('A/RES/58/53');
  const patched = await tracker.server.fetchAsAdministrator(`/api/obligations/${obligation.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'IN_PROGRESS', version: obligation.version }),
  });
  expect(patched.status).toBe(200);

  const { page } = tracker;
  await page.goto(tracker.server.url);
  await page.getByRole('heading', { name: /Obligations by status/ }).waitFor();
  await page
    .getByText(/Status: Pending → In progress/)
    .first()
    .waitFor();
  const ticks = await page.locator('.MuiChartsAxis-tickLabel').allTextContents();
  const numbers = ticks.map((tick) => tick.trim()).filter((tick) => /^[\d.,]+$/.test(tick));
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.filter((tick) => !/^\d+$/.test(tick))).toEqual([]);
});

it('deleting a resolution first shows what goes with it; the dashboard still names its deleted obligations', async () => {
  const obligation = await firstObligationOf('A/RES/62/99');
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/resolutions/${obligation.resolution.id}/show`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Delete A/RES/62/99?' });
  const goes = dialog.getByRole('list', { name: 'What goes with it' });
  await goes.getByText(/^\d+ paragraphs$/).waitFor();
  await goes.getByText(/^\d+ obligations?/).waitFor();
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect((await tracker.server.fetchAsAdministrator(`/api/resolutions/${obligation.resolution.id}`)).status).toBe(200);

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete A/RES/62/99' }).click();
  await page.waitForURL(/#\/resolutions$/);
  expect((await tracker.server.fetchAsAdministrator(`/api/resolutions/${obligation.resolution.id}`)).status).toBe(404);

  await page.goto(tracker.server.url);
  await page
    .getByText(/^A\/RES\/62\/99 para\. /)
    .first()
    .waitFor();
});
