import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { useTrackerBrowser } from './support/tracker-browser';

const tracker = useTrackerBrowser({ account: (server) => server.createAccount('AUDITOR', 'Audrey Auditor') });

it('an auditor opens Compliance, picks a date and a scope, reads the figures and downloads the workbook', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/`);
  await page.getByRole('menuitem', { name: 'Compliance' }).click();
  const today = new Date().toISOString().slice(0, 10);
  await page.getByRole('textbox', { name: 'As of', exact: true }).fill(today);
  await page.getByRole('textbox', { name: 'Sessions adopted' }).fill('57-62');
  await page.getByRole('textbox', { name: 'Requested of' }).fill('Secretary-General');

  // The seeds' reports to the 58th to 63rd sessions are long past due and none is proven yet.
  const overdue = page.getByRole('group', { name: 'Overdue' });
  await overdue.getByText(/^[1-9]\d*$/).waitFor();
  await page.getByRole('group', { name: 'On-time rate' }).getByText('0%').waitFor();
  await page.getByText('By session: on-time rate, average delay').waitFor();
  const table = page.getByRole('table', { name: 'Compliance' });
  await table
    .getByRole('cell', { name: /A\/RES\/62\/99, para\. \d+/ })
    .first()
    .waitFor();
  await table
    .getByRole('cell', { name: /^Not met, overdue/ })
    .first()
    .waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Excel workbook' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`compliance-as-of-${today}-${today}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path()) as string) as never);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Compliance', 'Figures', 'Manifest']);
  const manifest = JSON.stringify(workbook.getWorksheet('Manifest')?.getSheetValues());
  expect(manifest).toContain('session: 57, 58, 59, 60, 61, 62; actor: Secretary-General');
  expect(manifest).toContain(`"As of","${today}"`);
  const overdueRows = workbook
    .getWorksheet('Compliance')
    ?.getSheetValues()
    .filter((row) => Array.isArray(row) && row.includes('Not met, overdue'));
  expect(overdueRows?.length).toBeGreaterThan(0);
});

it('exports every obligation from the list, not a page of them', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/obligations`);
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV (Excel, UTF-8)' }).click()]);
  const text = readFileSync((await download.path()) as string, 'utf8');
  const total = Number(
    await (await tracker.server.fetchAsAdministrator(`/api/obligations?range=[0,0]`)).headers.get('content-range')?.split('/')[1],
  );
  const dataLines = text.split('\r\n').filter((line) => line && !line.startsWith('#'));
  expect(dataLines.length - 1).toBe(total);
  expect(text).toContain(`# Rows (Obligations): ${total}`);
});
