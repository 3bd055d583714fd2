import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
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

it('records "A/62/307 and Corr.3" from the Documents page and lists both documents', async () => {
  const page = await browser.newPage();
  await page.goto(server?.url ?? '');
  await page.getByRole('menuitem', { name: 'Documents' }).click();
  await page.getByRole('link', { name: 'Create' }).click();

  await page.getByLabel('Symbol').fill('A/62/307 and Corr.3');
  await page.getByLabel('Title').fill('Assistance in mine action');
  await page.getByRole('button', { name: 'Save' }).click();

  await page.getByText('Recorded A/62/307, A/62/307/Corr.3').waitFor();
  const list = page.getByRole('table');
  await list.getByRole('cell', { name: 'A/62/307', exact: true }).waitFor();
  await list.getByRole('cell', { name: 'A/62/307/Corr.3', exact: true }).waitFor();
  await expect(list.getByRole('cell', { name: 'Corrigendum' }).count()).resolves.toBe(1);

  // The document's page gives its public address.
  await list.getByRole('cell', { name: 'A/62/307/Corr.3', exact: true }).click();
  await page.getByRole('link', { name: 'https://undocs.org/en/A/62/307/Corr.3' }).waitFor();
  await page.close();
});
