import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedsDir } from './support/tracker-server';
import { useTrackerBrowser } from './support/tracker-browser';

const tracker = useTrackerBrowser();

const seed = (file: string) => readFileSync(path.join(seedsDir, file), 'utf8');

it('finds an overdue report, records its symbol and marks it submitted', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/obligations`);
  await page.getByRole('button', { name: 'Overdue' }).click();
  const row = page.getByRole('row').filter({ hasText: 'A/RES/62/99, para. 10' });
  await row.waitFor();
  await row.getByText('A/RES/62/99, para. 10').click();

  await page
    .getByLabel('Operative paragraph')
    .getByText(/Secretary-General/)
    .first()
    .waitFor();
  await page.getByLabel('Document symbol').fill('A/64/287');
  await page.getByRole('button', { name: 'Record document' }).click();
  await page.getByRole('link', { name: 'A/64/287' }).waitFor();

  await page.getByRole('button', { name: 'Mark submitted' }).click();
  await page.getByRole('button', { name: 'Mark fulfilled' }).waitFor();
  // The history tells it in words, as people say it: the link, the change, the note; never a code name.
  const history = page.getByRole('table', { name: 'History' });
  await history.getByText('Document A/64/287 linked (fulfils)').waitFor();
  await history.getByText('Status: Pending → Submitted').waitFor();
  await expect(page.getByRole('button', { name: 'Remove A/64/287' }).isVisible()).resolves.toBe(true);
  await page.getByLabel('Add a note').fill('Sent to the Fifth Committee');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await history.getByText('Note added: Sent to the Fifth Committee').waitFor();
  await expect(history.textContent()).resolves.not.toMatch(/SUBMITTED|PENDING|FULFILS|status:/);
  // Submitted can still be cancelled, so the reason box is there; a fulfilled obligation cannot, so it is not.
  await expect(page.getByLabel('Reason (needed to cancel)').count()).resolves.toBe(1);

  // The list remembers its filter, and clicking a selected preset would clear it: ask for the overdue list by address.
  await page.goto(`${tracker.server.url}/#/obligations?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`);
  await page.getByRole('row').filter({ hasText: 'A/RES/58/127, para. 26' }).first().waitFor();
  // Submitted, so no longer overdue; 57/159 para. 23 never was, being proven by A/58/260 (evidence: 58/127 para. 1).
  await page.getByRole('row').filter({ hasText: 'A/RES/62/99, para. 10' }).waitFor({ state: 'detached' });
  await expect(page.getByRole('row').filter({ hasText: 'A/RES/57/159, para. 23' }).count()).resolves.toBe(0);
});

it('imports a pasted resolution after reviewing its obligations', async () => {
  const { page } = tracker;
  const text = seed('A_RES_62_99.pdf.txt')
    .replace(/62\/99/g, '62/199')
    .replace('Assistance in mine action', 'Assistance in mine action (revised)');
  await page.goto(`${tracker.server.url}/#/import`);
  await page.getByLabel('Or paste the text of a resolution').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByLabel('Preview of A/RES/62/199');
  await preview.waitFor();
  await expect(preview.locator('mark').count()).resolves.toBeGreaterThanOrEqual(2);

  const report = preview.getByLabel('Obligation para_10__obligation_1');
  await report.getByRole('button', { name: 'Confirm' }).click();
  await preview.getByRole('button', { name: 'Save A/RES/62/199' }).click();
  await preview.getByRole('link', { name: 'Open A/RES/62/199' }).click();

  await page.getByRole('tab', { name: 'Obligations' }).click();
  const confirmed = page.getByRole('row').filter({ hasText: 'Confirmed' });
  await confirmed.first().waitFor();
  await expect(confirmed.count()).resolves.toBe(1);
});

it('shows the series of a resolution as a timeline', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/resolutions`);
  await page.getByRole('cell', { name: 'A/RES/58/127' }).click();
  await page.getByRole('tab', { name: 'Series' }).click();
  const series = page.getByLabel('Series');
  await series.getByRole('link', { name: 'A/RES/57/159' }).waitFor();
  await series.getByText('A/RES/56/219').waitFor();
});

it('marks the selected obligations in progress at once, each with the version the list read', async () => {
  const { page } = tracker;
  interface Listed {
    id: number;
    resolutionId: number;
    status: string;
    version: number;
  }
  const list = async (filter: object): Promise<Listed[]> =>
    (
      await tracker.server.fetchAsAdministrator(`/api/obligations?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,24]`)
    ).json();
  const [anyPending] = await list({ status: 'PENDING' });
  const filter = { resolutionId: anyPending!.resolutionId, status: 'PENDING' };
  const pending = await list(filter);
  expect(pending.length).toBeGreaterThanOrEqual(2);

  await page.goto(`${tracker.server.url}/#/obligations?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox') })
    .nth(pending.length)
    .waitFor();
  await page.getByRole('checkbox', { name: 'Select all' }).check();
  // Meanwhile someone else defers one of them: the list's version of it is now stale.
  const [deferred, ...others] = pending;
  const meanwhile = await tracker.server.fetchAsAdministrator(`/api/obligations/${deferred!.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'DEFERRED', version: deferred!.version }),
  });
  expect(meanwhile.status).toBe(200);
  await page.getByRole('button', { name: 'Mark in progress' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();

  const statuses = async () => Object.fromEntries((await list({ resolutionId: filter.resolutionId })).map((o) => [o.id, o.status]));
  const expected = { [deferred!.id]: 'DEFERRED', ...Object.fromEntries(others.map((o) => [o.id, 'IN_PROGRESS'])) };
  // The answers arrive one by one after the click: wait for them.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const now = await statuses();
    if (Object.entries(expected).every(([id, status]) => now[id] === status)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(await statuses()).toEqual(expect.objectContaining(expected));
});

it('holds a series together by its agenda item, across resolutions that are not imported', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/resolutions`);
  await page.getByRole('cell', { name: 'A/RES/78/70' }).click();
  await page.getByRole('tab', { name: 'Series' }).click();
  const series = page.getByLabel('Series');
  // 78/70 recalls only 76/74, never imported: the earlier ones are found under "Assistance in mine action".
  for (const symbol of ['A/RES/57/159', 'A/RES/58/127', 'A/RES/62/99'])
    await series.getByRole('link', { name: symbol, exact: true }).waitFor();
  const step = series.getByRole('group', { name: 'A/RES/76/74', exact: true });
  await step.getByText('not imported').waitFor();
  await expect(step.getByRole('link', { name: 'undocs.org' }).getAttribute('href')).resolves.toBe('https://undocs.org/A/RES/76/74');
});
