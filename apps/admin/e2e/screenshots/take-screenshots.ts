import path from 'node:path';
import type { ObligationView, ResolutionSummary } from '@mandate-tracker/contracts';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { newInstall, startTracker } from '../support/tracker-server';

/**
 * Retakes docs/screenshots/*.png from the built admin on a new install (the seed resolutions imported), signed in as
 * the administrator. Not a test: `npm run screenshots -w @mandate-tracker/admin` after `npm run build`, then commit
 * the pictures. A few changes are made first so the screens show work in progress, not only fresh imports.
 */
const OUTPUT = path.resolve(__dirname, '../../../../docs/screenshots');

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0, undefined, { timeout: 15_000 });
  await page.waitForTimeout(800); // charts animate in
}

it('retakes the README screenshots', async () => {
  const server = await startTracker(await newInstall());
  const browser = await launchBrowser();
  try {
    const read = async <T>(url: string): Promise<T> => (await (await server.fetchAsAdministrator(url)).json()) as T;
    const patch = (url: string, body: unknown) =>
      server.fetchAsAdministrator(url, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

    const resolutions = await read<ResolutionSummary[]>(`/api/resolutions?filter=${encodeURIComponent('{"q":"78/70"}')}`);
    const resolution = resolutions.find((r) => r.symbol === 'A/RES/78/70') ?? resolutions[0]!;
    const obligations = await read<ObligationView[]>(
      `/api/obligations?filter=${encodeURIComponent(JSON.stringify({ resolutionId: resolution.id }))}`,
    );
    const [shown, other] = obligations;
    if (!shown) throw new Error('the seeds have no obligation of A/RES/78/70');
    await patch(`/api/obligations/${shown.id}`, { responsibleOffice: 'UNMAS', focalPoint: 'Jane Smith', version: shown.version });
    const fresh = await read<ObligationView>(`/api/obligations/${shown.id}`);
    await patch(`/api/obligations/${shown.id}`, { status: 'IN_PROGRESS', version: fresh.version });
    if (other) await patch(`/api/obligations/${other.id}`, { responsibleOffice: 'UNMAS', version: other.version });

    const page = await server.signedInPage(browser);
    const shoot = async (hash: string, file: string, size = { width: 1400, height: 900 }) => {
      await page.setViewportSize(size);
      await page.goto(`${server.url}/#${hash}`);
      await settle(page);
      await page.screenshot({ path: path.join(OUTPUT, file) });
    };
    await shoot('/', 'dashboard.png', { width: 1400, height: 1000 });
    await shoot('/obligations', 'obligations-list.png');
    await shoot(`/obligations/${shown.id}/show`, 'obligation-page.png', { width: 1400, height: 1000 });
    await shoot('/resolutions', 'resolutions-list.png');
    await shoot(`/search?q=${encodeURIComponent('mine action')}`, 'search-results.png');
    await shoot('/agenda', 'agenda.png');
    await shoot('/compliance', 'compliance.png', { width: 1400, height: 1000 });
    await shoot('/audit', 'audit-log.png');
    await shoot('/obligations', 'obligations-list-phone.png', { width: 390, height: 844 });
    await page.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}, 300_000);
