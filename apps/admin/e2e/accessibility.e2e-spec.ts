import type { ObligationView, ResolutionSummary } from '@mandate-tracker/contracts';
import type { Page } from 'playwright-core';
import { blockingViolations, type Violation } from './support/accessibility';
import { useTrackerBrowser } from './support/tracker-browser';

// Issue 14, item 10: small screens and keyboards; every control named (axe-core, serious and critical rules).
const t = useTrackerBrowser();

async function first<T>(resource: string): Promise<T> {
  const [record] = (await (await t.server.fetchAsAdministrator(`/api/${resource}?range=[0,0]`)).json()) as T[];
  if (!record) throw new Error(`no ${resource} among the seeds`);
  return record;
}

/** Until the screen's data is in, no spinner is left and transitions are over: axe judges what a user would meet. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0, undefined, { timeout: 15_000 });
  await page.waitForTimeout(500); // fades and chart animations (MUI's last about 300 ms) mix colours while they run
}

/**
 * What sticks out past the window's right edge (the reader would scroll sideways): the innermost such elements, as
 * "tag.class: text", so a failure names the culprit. Empty when the page fits.
 */
const stickingOut = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const wide = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > width + 1);
    return wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 10)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]}`;
        return `${name} (${Math.round(box.left)}–${Math.round(box.right)} px): ${(element.textContent ?? '').slice(0, 40)}`;
      });
  });

/** stickingOut once the layout has taken the small screen in (the drawer and media queries settle after loading). */
async function stillStickingOut(page: Page): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  let found = await stickingOut(page);
  while (found.length > 0 && Date.now() < deadline) {
    await page.waitForTimeout(250);
    found = await stickingOut(page);
  }
  return found;
}

it('shows the main screens without serious or critical accessibility violations', async () => {
  const obligation = await first<ObligationView>('obligations');
  const resolution = await first<ResolutionSummary>('resolutions');
  const screens = [
    '/',
    '/obligations',
    `/obligations/${obligation.id}/show`,
    '/resolutions',
    `/resolutions/${resolution.id}/show`,
    '/documents',
    '/sessions',
    '/agenda',
    '/compliance',
    '/audit',
    '/import',
  ];
  const found: Record<string, Violation[]> = {};
  for (const screen of screens) {
    await t.page.goto(`${t.server.url}/#${screen}`);
    await settle(t.page);
    const violations = await blockingViolations(t.page);
    if (violations.length > 0) found[screen] = violations;
  }
  expect(found).toEqual({});
});

it('fits the obligation page into a 390 px phone screen, and the list becomes a compact one whose items open', async () => {
  const obligation = await first<ObligationView>('obligations');
  await t.page.setViewportSize({ width: 390, height: 844 });

  await t.page.goto(`${t.server.url}/#/obligations/${obligation.id}/show`);
  await settle(t.page);
  await t.page.getByText(obligation.actor).first().waitFor();
  expect(await stillStickingOut(t.page)).toEqual([]);

  await t.page.goto(`${t.server.url}/#/obligations`);
  await settle(t.page);
  const mandate = `${obligation.resolution.symbol}, para. ${obligation.paragraphRef}`;
  const item = t.page.getByRole('link', { name: new RegExp(`^${mandate.replace(/[.()/]/g, '\\$&')}`) }).first();
  await item.waitFor();
  expect(await t.page.getByRole('table').count()).toBe(0);
  expect(await stillStickingOut(t.page)).toEqual([]);
  expect(await blockingViolations(t.page)).toEqual([]);
  await item.click();
  await t.page.waitForURL(/#\/obligations\/\d+\/show$/);
});

it('opens a list row with the keyboard: the row takes focus and Enter opens the record', async () => {
  await t.page.goto(`${t.server.url}/#/resolutions`);
  await settle(t.page);
  const row = t.page.getByRole('row').filter({ hasText: 'A/RES/' }).first();
  const symbol = (await row.locator('td').first().textContent())?.trim();
  await row.focus();
  expect(await row.evaluate((element) => element === document.activeElement)).toBe(true);
  await t.page.keyboard.press('Enter');
  await t.page.waitForURL(/#\/resolutions\/\d+\/show$/);
  await t.page
    .getByText(symbol ?? 'no symbol in the row')
    .first()
    .waitFor();

  // From one row to the next with Tab, as a keyboard user moves down the list.
  await t.page.goto(`${t.server.url}/#/obligations`);
  await settle(t.page);
  const rows = t.page.getByRole('row').filter({ hasText: ', para. ' });
  await rows.first().focus();
  await t.page.keyboard.press('Tab'); // the row's own checkbox (bulk selection)
  await t.page.keyboard.press('Tab');
  expect(await rows.nth(1).evaluate((element) => element === document.activeElement)).toBe(true);
  await t.page.keyboard.press('Enter');
  await t.page.waitForURL(/#\/obligations\/\d+\/show$/);
});
