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
