import { useTrackerBrowser } from './support/tracker-browser';

/** Offices as data (issue 14, item 4): the administrator's Offices screen, the picker, a suggestion confirmed. */
const tracker = useTrackerBrowser();

/** The first seeded obligation whose actor contains these words. */
async function obligationWithActor(words: string): Promise<{ id: number; actor: string; responsibleOffice: string | null }> {
  const filter = encodeURIComponent(JSON.stringify({ actor: words }));
  const response = await tracker.server.fetchAsAdministrator(`/api/obligations?filter=${filter}&range=[0,0]`);
  const [obligation] = (await response.json()) as { id: number; actor: string; responsibleOffice: string | null }[];
  if (!obligation) throw new Error(`no seeded obligation of an actor with "${words}"`);
  return obligation;
}

it('shows the office suggested from the actor and sets it when confirmed', async () => {
  const { page } = tracker;
  const obligation = await obligationWithActor('Mine Action Service');
  expect(obligation.responsibleOffice).toBeNull();
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}/show`);
  const suggestion = page.getByRole('status', { name: 'Suggested office' });
  await suggestion.getByText('UNMAS').waitFor();
  await suggestion.getByText('“Mine Action Service”').waitFor();
  await suggestion.getByRole('button', { name: 'Confirm' }).click();
  await suggestion.waitFor({ state: 'detached' });
  const stored = await (await tracker.server.fetchAsAdministrator(`/api/obligations/${obligation.id}`)).json();
  expect(stored.responsibleOffice).toBe('UNMAS');
});

it('chooses the responsible office from the picker, found by a word of its name', async () => {
  const { page } = tracker;
  const obligation = await obligationWithActor('Secretary-General');
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}`);
  const picker = page.getByRole('combobox', { name: 'Responsible office' });
  await page.getByRole('textbox', { name: 'Focal point' }).waitFor();
  await picker.click();
  await picker.fill('Coordination');
  await page.getByRole('option', { name: 'OCHA — Office for the Coordination of Humanitarian Affairs' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/show$/);
  await page.getByText('OCHA', { exact: true }).waitFor();
  const stored = await (await tracker.server.fetchAsAdministrator(`/api/obligations/${obligation.id}`)).json();
  expect(stored.responsibleOffice).toBe('OCHA');
});

it('lets the administrator add an office with its other names on the Offices screen', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/offices`);
  await page
    .getByRole('row')
    .filter({ hasText: 'United Nations Mine Action Service' })
    .getByText('Mine Action Service', { exact: true })
    .waitFor();
  await page.getByRole('link', { name: 'Create' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Department of Peace Operations');
  await page.getByRole('textbox', { name: 'Abbreviation' }).fill('DPO');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('textbox', { name: 'Other names' }).fill('Department of Peacekeeping Operations');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('row').filter({ hasText: 'Department of Peacekeeping Operations' }).getByText('DPO').first().waitFor();
  const office = await (await tracker.server.fetchAsAdministrator(`/api/offices?filter=${encodeURIComponent('{"q":"DPO"}')}`)).json();
  expect(office).toEqual([expect.objectContaining({ label: 'DPO', aliases: ['Department of Peacekeeping Operations'] })]);
});

it('filters the obligations list by an office chosen from the picker, found by one of its other names', async () => {
  const { page, server } = tracker;
  const obligation = await obligationWithActor('Secretary-General');
  const patched = await server.fetchAsAdministrator(`/api/obligations/${obligation.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ responsibleOffice: 'DPPA', version: (obligation as { version?: number }).version }),
  });
  expect(patched.status).toBe(200);
  await page.goto(`${server.url}/#/obligations`);
  await page.getByRole('button', { name: 'Add filter' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Responsible office' }).click();
  const picker = page.getByRole('combobox', { name: 'Responsible office' });
  await picker.fill('Political and Peacebuilding');
  await page.getByRole('option', { name: /^DPPA — / }).click();
  // The list's filter holds the office's label, as obligations store it.
  await page.waitForURL((url) => decodeURIComponent(url.toString()).includes('filter={"responsibleOffice":"DPPA"}'));
  const rows = page.getByRole('row').filter({ hasText: ', para. ' });
  await rows.filter({ hasText: 'DPPA' }).first().waitFor();
  // The unfiltered rows stay on screen until the filtered page arrives.
  for (const deadline = Date.now() + 10_000; (await rows.count()) !== 1 && Date.now() < deadline;) await page.waitForTimeout(250);
  expect(await rows.count()).toBe(1);
});

it('gives a Secretariat editor offices from the picker on the Users form, and a calendar feed its office', async () => {
  const { page, server } = tracker;
  await page.goto(`${server.url}/#/users/create`);
  await page.getByRole('textbox', { name: 'Email' }).fill('pat.picker@e2e.test');
  await page.getByRole('textbox', { name: 'Name' }).fill('Pat Picker');
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Secretariat editor' }).click();
  const offices = page.getByRole('combobox', { name: 'Offices' });
  await offices.fill('Mine Action Service');
  await page.getByRole('option', { name: /^UNMAS — / }).click();
  await offices.fill('Coordination');
  await page.getByRole('option', { name: /^OCHA — / }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('row').filter({ hasText: 'Pat Picker' }).getByText('UNMAS, OCHA').waitFor();
  const users = (await (await server.fetchAsAdministrator('/api/users')).json()) as { email: string; offices: string[] }[];
  expect(users.find((user) => user.email === 'pat.picker@e2e.test')?.offices).toEqual(['UNMAS', 'OCHA']);

  await page.goto(`${server.url}/#/calendar-feeds/create`);
  await page.getByRole('textbox', { name: 'Name' }).fill('Mine action reports');
  await page.getByRole('combobox', { name: 'Holds' }).click();
  await page.getByRole('option', { name: 'A responsible office' }).click();
  const office = page.getByRole('combobox', { name: 'Responsible office' });
  await office.fill('Mine Action');
  await page.getByRole('option', { name: /^UNMAS — / }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('row').filter({ hasText: 'Mine action reports' }).waitFor();
  const feeds = (await (await server.fetchAsAdministrator('/api/calendar-feeds')).json()) as { name: string; responsibleOffice: string }[];
  expect(feeds.find((feed) => feed.name === 'Mine action reports')?.responsibleOffice).toBe('UNMAS');
});
