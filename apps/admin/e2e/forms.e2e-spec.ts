import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ObligationView, ResolutionSummary } from '@mandate-tracker/contracts';
import { seedsDir } from './support/tracker-server';
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
    await page.waitForURL(/#\/obligations\/\d+\/show$/);
    expect((await stored(obligation!.id)).dueDate?.slice(0, 10)).toBe('2028-04-03');
    await page.goto(`${server.url}/#/obligations/${obligation!.id}/show`);
    await page.getByText('3 Apr 2028').first().waitFor();
  });

  it('filters the resolutions list by a typed adoption date', async () => {
    const { page, server } = tracker;
    await page.goto(`${server.url}/#/resolutions`);
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menu').getByText('Adopted from').click();
    const from = page.getByRole('textbox', { name: 'Adopted from', exact: true });
    await from.fill('1 January 2020');
    await from.press('Enter');
    expect(await from.inputValue()).toBe('1 Jan 2020');
    await page.waitForURL((url) => decodeURIComponent(url.toString()).includes('"adoptedFrom":"2020-01-01"'));
  });

  it('shows session days typed in any order back in one format', async () => {
    const { page, server } = tracker;
    await page.goto(`${server.url}/#/sessions/create`);
    await page
      .getByRole('textbox', { name: 'Opens on', exact: true })
      .waitFor({ timeout: 15000 })
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\n${await page.locator('body').innerText()}`);
      });
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

describe('import review', () => {
  it('keeps the paste box one height, lets every field be corrected, and names the follow-up links the save made', async () => {
    const { page, server } = tracker;
    // 58/127 is among the seeds: removed, its import proves 57/159's report and agenda item again.
    const [found] = (await (
      await server.fetchAsAdministrator(`/api/resolutions?filter=${encodeURIComponent(JSON.stringify({ q: 'A/RES/58/127' }))}`)
    ).json()) as ResolutionSummary[];
    expect((await server.fetchAsAdministrator(`/api/resolutions/${found!.id}`, { method: 'DELETE' })).status).toBe(200);
    const text = readFileSync(path.join(seedsDir, 'A_RES_58_127.doc.txt'), 'utf8');

    await page.goto(`${server.url}/#/import`);
    const box = page.getByRole('textbox', { name: 'Or paste the text of a resolution' });
    const emptyHeight = (await box.boundingBox())!.height;
    await box.fill(text);
    expect((await box.boundingBox())!.height).toBe(emptyHeight);
    expect(await box.evaluate((area) => area.scrollHeight > area.clientHeight)).toBe(true);

    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('article', { name: 'Preview of A/RES/58/127' }).or(page.getByLabel('Preview of A/RES/58/127'));
    const first = preview.getByRole('group', { name: /^Obligation / }).first();
    for (const field of ['Paragraph', 'Actor', 'Recipient', 'Due session', 'Due date', 'Recurrence', 'Agenda item title'])
      await first.getByRole(field === 'Due session' ? 'spinbutton' : 'textbox', { name: field, exact: true }).waitFor();
    for (const field of ['Kind', 'Strength', 'Due body']) await first.getByRole('combobox', { name: field }).waitFor();
    const eId = (await first.getAttribute('aria-label'))!.replace('Obligation ', '');

    const paragraph = first.getByRole('textbox', { name: 'Paragraph', exact: true });
    await paragraph.fill('para 3');
    await first.getByText('Write it as printed: 12, 4 (b), 1 (b) (ii) or PP3').waitFor();
    expect(await preview.getByRole('button', { name: 'Save A/RES/58/127' }).isDisabled()).toBe(true);
    await paragraph.fill('3 (a)');
    const due = first.getByRole('textbox', { name: 'Due date', exact: true });
    await due.fill('7/9/2027');
    await due.blur();
    expect(await due.inputValue()).toBe('7 Sep 2027');
    await first.getByRole('combobox', { name: 'Strength' }).click();
    await page.getByRole('option', { name: 'Hortatory' }).click();

    await preview.getByRole('button', { name: 'Save A/RES/58/127' }).click();
    const links = preview.getByRole('region', { name: 'Follow-up links made' });
    await links.getByRole('listitem').filter({ hasText: 'A/RES/57/159, para. 23 ← A/58/260:' }).waitFor();

    const [saved] = (await (
      await server.fetchAsAdministrator(`/api/resolutions?filter=${encodeURIComponent(JSON.stringify({ q: 'A/RES/58/127' }))}`)
    ).json()) as ResolutionSummary[];
    const obligations = (await (
      await server.fetchAsAdministrator(`/api/obligations?filter=${encodeURIComponent(JSON.stringify({ resolutionId: saved!.id }))}`)
    ).json()) as (ObligationView & { eId: string })[];
    const corrected = obligations.find((o) => o.eId === eId);
    expect(corrected).toMatchObject({ paragraphRef: '3 (a)', strength: 'HORTATORY', reviewState: 'CONFIRMED' });
    expect(corrected?.dueDate?.slice(0, 10)).toBe('2027-09-07');
  });
});

describe('bulk actions', () => {
  it('name each record refused and why, show the rows that changed, and forget the selection on leaving', async () => {
    const { page, server } = tracker;
    const all = await obligationsOf('A/RES/78/70');
    const distinct = all.filter((o, i) => all.findIndex((other) => other.paragraphRef === o.paragraphRef) === i);
    const [moves, cancelled, stale] = distinct;
    const patch = async (o: ObligationView, change: object) =>
      (
        await server.fetchAsAdministrator(`/api/obligations/${o.id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...change, version: (await stored(o.id)).version }),
        })
      ).status;
    expect(await patch(cancelled!, { status: 'CANCELLED', statusReason: 'merged with another mandate' })).toBe(200);

    const filter = encodeURIComponent(JSON.stringify({ resolutionId: moves!.resolution.id }));
    await page.goto(`${server.url}/#/obligations?filter=${filter}&perPage=100`);
    const row = (o: ObligationView) => page.getByRole('row').filter({ hasText: `A/RES/78/70, para. ${o.paragraphRef}` });
    for (const o of [moves!, cancelled!, stale!]) await row(o).getByRole('checkbox').check();
    // Someone else saves after the list was read: its version is now stale.
    expect(await patch(stale!, { focalPoint: 'Someone Else' })).toBe(200);

    await page.getByRole('button', { name: 'Mark submitted' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'not changed' });
    await alert.getByText('1 of 3 changed', { exact: false }).waitFor();
    await alert
      .getByText(`A/RES/78/70, para. ${cancelled!.paragraphRef}: status cannot change from Cancelled to Submitted`, { exact: false })
      .waitFor();
    await alert
      .getByText(`A/RES/78/70, para. ${stale!.paragraphRef}: someone else changed it after this list was read`, { exact: false })
      .waitFor();
    expect(await alert.textContent()).not.toMatch(/CANCELLED|SUBMITTED/);

    // The row that changed shows it without a reload; the refused stay selected to try again.
    await row(moves!).getByText('Submitted').waitFor();
    expect((await stored(moves!.id)).status).toBe('SUBMITTED');
    expect(await row(moves!).getByRole('checkbox').isChecked()).toBe(false);
    expect(await row(cancelled!).getByRole('checkbox').isChecked()).toBe(true);

    await page.goto(`${server.url}/#/resolutions`);
    await page.getByRole('table').waitFor();
    await page.goto(`${server.url}/#/obligations?filter=${filter}&perPage=100`);
    await row(stale!).waitFor();
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    expect(await page.getByText(/[1-9]\d* items? selected/).count()).toBe(0);
  });
});
