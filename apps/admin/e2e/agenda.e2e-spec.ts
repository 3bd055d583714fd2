import { readFileSync } from 'node:fs';
import { nextGeneralAssemblySession } from '../src/agenda/nextSession';
import { useTrackerBrowser } from './support/tracker-browser';

const tracker = useTrackerBrowser({ account: (server) => server.createAccount('COMMITTEE_OFFICER', 'Olga Officer') });

it('an officer opens the next session’s agenda, expands an item, reads and downloads the draft list', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/`);
  await page.getByRole('menuitem', { name: 'Agenda' }).click();
  const next = nextGeneralAssemblySession();
  await page.getByRole('heading', { name: `Session ${next}`, exact: true }).waitFor();

  // The seeds schedule mine action for the 80th session and it comes back every other session: 80 to 82 shows both.
  await page.getByLabel('Session from').fill('80');
  await page.getByLabel('Session to').fill('82');
  await page.getByRole('button', { name: 'Show agenda' }).click();
  const session80 = page.getByRole('region', { name: 'Session 80' });
  const item = session80.getByRole('button', { name: /Assistance in mine action/ });
  await item.waitFor();
  await session80
    .getByRole('heading', { name: 'Special Political and Decolonization Committee (Fourth Committee)', exact: true })
    .waitFor();
  await item.click();
  await session80.getByRole('link', { name: 'A/RES/78/70, para. 22' }).waitFor();
  await session80.getByRole('link', { name: 'Report of the Secretary-General (A/RES/78/70, para. 21)' }).waitFor();
  await session80.getByText(/Biennial since session 60/).waitFor();

  const session82 = page.getByRole('region', { name: 'Session 82' });
  await session82.getByRole('button', { name: /Assistance in mine action.*Expected, not yet mandated/ }).waitFor();

  await session80.getByRole('button', { name: 'View draft list' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('In accordance with resolution 78/70, paragraph 22.').waitFor();
  await dialog.getByText('Report of the Secretary-General (resolution 78/70, para. 21)').waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    session80.getByRole('link', { name: 'Download draft list (.docx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('annotated-list-general-assembly-80.docx');
  const file = readFileSync((await download.path()) as string);
  expect(file.subarray(0, 2).toString('latin1')).toBe('PK'); // a .docx is a zip package
});

it('an officer subscribes to an office’s due dates and gets an address a calendar program can read', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/calendar-feeds/create`);
  await page.getByLabel('Name').fill('Mine Action Service');
  await page.getByLabel('Holds').click();
  await page.getByRole('option', { name: 'A responsible office' }).click();
  // Offices are picked from the managed list: typing part of a name offers the office.
  await page.getByRole('combobox', { name: 'Responsible office' }).fill('Mine Action');
  await page.getByRole('option', { name: /^UNMAS — / }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  const address = page.getByLabel('Subscription address').first();
  await address.waitFor();
  const url = (await address.textContent()) ?? '';
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
});
