import { useTrackerBrowser } from './support/tracker-browser';

const tracker = useTrackerBrowser();

/**
 * A new installation imports the seed resolutions, which record A/62/307 and its corrigendum from 62/99's
 * footnotes; the journey is about entering them by hand, so they are removed first.
 */
async function removeDocuments(q: string): Promise<void> {
  const found = (await (
    await tracker.server.fetchAsAdministrator(`/api/documents?filter=${encodeURIComponent(JSON.stringify({ q }))}`)
  ).json()) as {
    id: number;
  }[];
  for (const { id } of found) {
    const response = await tracker.server.fetchAsAdministrator(`/api/documents/${id}`, { method: 'DELETE' });
    if (response.status !== 200) throw new Error(`deleting document ${id} answered ${response.status}`);
  }
}

it('records "A/62/307 and Corr.3" from the Documents page and lists both documents', async () => {
  const url = tracker.server.url;
  await removeDocuments('A/62/307');
  const { page } = tracker;
  await page.goto(url);
  await page.getByRole('menuitem', { name: 'Documents' }).click();
  await page.getByRole('link', { name: 'Create' }).click();

  await page.getByRole('textbox', { name: 'Symbol', exact: true }).fill('A/62/307 and Corr.3');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Assistance in mine action');
  await page.getByRole('button', { name: 'Save' }).click();

  await page.getByText('Recorded A/62/307, A/62/307/Corr.3').waitFor();
  const list = page.getByRole('table');
  await list.getByRole('cell', { name: 'A/62/307', exact: true }).waitFor();
  await list.getByRole('cell', { name: 'A/62/307/Corr.3', exact: true }).waitFor();
  await expect(list.getByRole('cell', { name: 'Corrigendum' }).count()).resolves.toBe(1);

  // The document's page gives its public address.
  await list.getByRole('cell', { name: 'A/62/307/Corr.3', exact: true }).click();
  await page.getByRole('link', { name: 'https://undocs.org/en/A/62/307/Corr.3' }).waitFor();
});
