import type { ObligationView, ResolutionSummary } from '@mandate-tracker/contracts';
import { useTrackerBrowser } from './support/tracker-browser';

// Issue 14, items 5-7: dates typed as people write them, the import review, bulk actions that say what failed.

const tracker = useTrackerBrowser();

async function obligationsOf(symbol: string): Promise<ObligationView[]> {
  const { server } = tracker;
  const resolutions = (await (
    await server.fetchAsAdministrator(`/api/resolutions?filter=${encodeURIComponent(JSON.stringify({ q: symbol }))}`)
  ).json()) as ResolutionSummary[];
  const resolution = resolutions.find((r) => r.symbol === symbol);
  if (!resolution) throw new Error(`${symbol} is not among the seeds`);
  return (await (
    await server.fetchAsAdministrator(`/api/obligations?filter=${encodeURIComponent(JSON.stringify({ resolutionId: resolution.id }))}`)
  ).json()) as ObligationView[];
}

async function stored(id: number): Promise<ObligationView> {
  return (await (await tracker.server.fetchAsAdministrator(`/api/obligations/${id}`)).json()) as ObligationView;
}

describe('dates', () => {
  it('reads a due date typed day first, names an unreadable one under the box, and takes one from the calendar', async () => {
    const { page, server } = tracker;
    const [obligation] = await obligationsOf('A/RES/78/70');
    await page.goto(`${server.url}/#/obligations/${obligation!.id}`);
    const due = page.getByRole('textbox', { name: 'Due date', exact: true });

    await due.fill('31/2/2027');
    await due.blur();
    await page.getByText('Not a date we can read: write the day, month and year').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Not a date we can read: write the day, month and year').waitFor();
    expect((await stored(obligation!.id)).dueDate).toBe(obligation!.dueDate);

    await due.fill('07/09/2027');
    await due.blur();
    expect(await due.inputValue()).toBe('7 Sep 2027');
    expect(await page.getByText('Not a date we can read').count()).toBe(0);

    // The browser's calendar hands back an ISO day; the box shows it the admin's way.
    await page.getByRole('button', { name: 'Choose Due date from a calendar' }).waitFor();
    await page.locator('input[data-calendar-for="Due date"]').fill('2027-10-01');
    expect(await due.inputValue()).toBe('1 Oct 2027');

    await due.fill('3/4/2028'); // ambiguous: day first, 3 April
    await due.press('Enter');
    await page.waitForURL(/#\/obligations(\/\d+\/show)?$/);
    await expect.poll(async () => (await stored(obligation!.id)).dueDate?.slice(0, 10)).toBe('2028-04-03');
    await page.goto(`${server.url}/#/obligations/${obligation!.id}/show`);
    await page.getByText('3 Apr 2028').first().waitFor();
  });

  it('filters the resolutions list by a typed adoption date, and shows session days typed in any order back in one format', async () => {
    const { page, server } = tracker;
    await page.goto(`${server.url}/#/resolutions`);
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menu').getByText('Adopted from').click();
    const from = page.getByRole('textbox', { name: 'Adopted from', exact: true });
    await from.fill('1 January 2020');
    await from.press('Enter');
    expect(await from.inputValue()).toBe('1 Jan 2020');
    await page.waitForURL((url) => decodeURIComponent(url.toString()).includes('"adoptedFrom":"2020-01-01"'));

    await page.goto(`${server.url}/#/sessions/create`);
    await page.getByRole('combobox', { name: 'Body' }).click();
    await page.getByRole('option', { name: 'General Assembly' }).click();
    await page.getByRole('spinbutton', { name: 'Session', exact: true }).fill('93');
    await page.getByRole('textbox', { name: 'Opens on', exact: true }).fill('2038-09-14');
    await page.getByRole('textbox', { name: 'Closes on', exact: true }).fill('23 Dec 2038');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/sessions$/);
    await page.getByRole('row').filter({ hasText: '14 Sep 2038' }).getByText('23 Dec 2038').waitFor();
  });
});
