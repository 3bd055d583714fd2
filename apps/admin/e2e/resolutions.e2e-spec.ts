import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { apiFixturesDir, newInstall, startTracker, type TrackerInstall, type TrackerServer } from './support/tracker-server';

let install: TrackerInstall;
let server: TrackerServer;
let browser: Browser;

beforeAll(async () => {
  install = await newInstall();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function createResolution(symbol: string, title: string): Promise<void> {
  const response = await server.fetchAsAdministrator('/api/resolutions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      symbol,
      title,
      body: 'GENERAL_ASSEMBLY',
      sessionNumber: 78,
      resolutionNumber: symbol.split('/').pop(),
      adoptedOn: '2023-12-07',
    }),
  });
  if (response.status !== 201) throw new Error(`creating ${symbol} answered ${response.status}: ${await response.text()}`);
}

it('starts with the seed resolutions, keeps new ones across a restart, searches them and opens one', async () => {
  server = await startTracker(install);
  await createResolution('A/RES/78/71', 'Oceans and the law of the sea');
  expect(await server.stop()).toBe(0); // SIGTERM shuts down cleanly
  server = await startTracker(install);

  const page = await server.signedInPage(browser);
  await page.goto(`${server.url}/#/resolutions`); // the home page is the dashboard
  const list = page.getByRole('table');
  await list.getByRole('cell', { name: 'A/RES/78/70' }).waitFor();
  await expect(list.getByRole('cell', { name: 'A/RES/57/159' }).count()).resolves.toBe(1);
  await expect(list.getByRole('cell', { name: 'Oceans and the law of the sea' }).count()).resolves.toBe(1);

  await page.getByPlaceholder('Symbol or title').fill('mine');
  await list.getByRole('cell', { name: 'Oceans and the law of the sea' }).waitFor({ state: 'detached' });
  await expect(list.getByRole('cell', { name: 'A/RES/78/70' }).count()).resolves.toBe(1);

  await list.getByRole('cell', { name: 'A/RES/78/70' }).click();
  await page.getByText('https://undocs.org/en/A/RES/78/70').waitFor();
  await page.close();
});

it('shows when a mandate runs out and the review clause of an imported resolution', async () => {
  server ??= await startTracker(install);
  const text = readFileSync(path.join(apiFixturesDir, 'review-clause', 'S_RES_2721_2023.txt'), 'utf8');
  const imported = await server.fetchAsAdministrator('/api/imports/commit', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, obligations: [] }),
  });
  expect(imported.status).toBe(201);
  const { resolutionId } = (await imported.json()) as { resolutionId: number };

  const page = await server.signedInPage(browser);
  await page.goto(`${server.url}/#/resolutions/${resolutionId}/show`);
  await page.getByText('Review or sunset clause').waitFor();
  await page.getByText(/Review, paragraph 2: .*intention to review the mandate/).waitFor();
  await page.getByRole('tab', { name: 'Obligations' }).click();
  await page.getByRole('cell', { name: 'Mandate renewal' }).waitFor();
  await page.close();
});
