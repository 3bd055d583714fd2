/**
 * What a user sees when they change things: each edit form saved and shown back, a cancellation with its reason,
 * a move the workflow refuses, someone else's save in between, notes, sessions, and a refusal next to its field.
 * Found by role, label and text only (the obligation page's layout is being reworked).
 */
import type { ObligationView } from '@mandate-tracker/contracts';
import type { Page } from 'playwright-core';
import { useTrackerBrowser } from './support/tracker-browser';

const tracker = useTrackerBrowser();

jest.setTimeout(180_000);

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await tracker.server.fetchAsAdministrator(path, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init?.headers ?? {}) },
  });
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A pending obligation of the seeds no other test of this file has taken. */
const taken = new Set<number>();
async function pendingObligation(): Promise<ObligationView> {
  const filter = encodeURIComponent(JSON.stringify({ status: 'PENDING' }));
  const all = await api<ObligationView[]>(`/api/obligations?filter=${filter}&range=[0,99]&sort=["id","ASC"]`);
  const free = all.find((obligation) => !taken.has(obligation.id));
  if (!free) throw new Error('the seeds hold no pending obligation left for this test');
  taken.add(free.id);
  return free;
}

const changeBehindTheUsersBack = (obligation: ObligationView, change: Record<string, unknown>) =>
  api<ObligationView>(`/api/obligations/${obligation.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ ...change, version: obligation.version }),
  });

/** The obligation's history as shown: one line per event, in words (no field names from the code). */
const history = (page: Page) => page.getByRole('table', { name: 'History' });
/** The notes under the obligation (their text also appears in the history, so they are looked for here only). */
const notes = (page: Page) => page.getByRole('region', { name: 'Notes' });

/** Saves the form open on the page and waits until the admin has left it: the save went through. */
async function saveForm(page: Page) {
  const form = page.url();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((url) => url.toString() !== form);
}

async function openObligation(page: Page, obligation: ObligationView) {
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}/show`);
  await page.getByRole('button', { name: 'Mark submitted' }).waitFor();
}

it('cancels an obligation only with a reason, and shows the status and the reason afterwards', async () => {
  const { page } = tracker;
  const obligation = await pendingObligation();
  await openObligation(page, obligation);
  const cancel = page.getByRole('button', { name: 'Mark cancelled' });
  await expect(cancel.isDisabled()).resolves.toBe(true);
  await page.getByLabel('Reason (needed to cancel)').fill('Superseded by resolution 80/1');
  await cancel.click();

  await page.getByRole('button', { name: 'Mark pending' }).waitFor();
  await page.getByText('Superseded by resolution 80/1').first().waitFor();
  await history(page)
    .getByText(/^Status: Pending → Cancelled; Reason: — → Superseded by resolution 80\/1$/)
    .waitFor();
  await expect(page.getByRole('button', { name: 'Mark submitted' }).count()).resolves.toBe(0);
  const stored = await api<ObligationView>(`/api/obligations/${obligation.id}`);
  expect({ status: stored.status, statusReason: stored.statusReason }).toEqual({
    status: 'CANCELLED',
    statusReason: 'Superseded by resolution 80/1',
  });
});

it('offers only the moves the workflow allows, and refuses one made on a stale page with the reason to reload', async () => {
  const { page } = tracker;
  const obligation = await pendingObligation();
  await openObligation(page, obligation);
  // Someone cancels it while the page still offers the moves from Pending.
  await changeBehindTheUsersBack(obligation, { status: 'CANCELLED', statusReason: 'Merged into another report' });

  await page.getByRole('button', { name: 'Mark submitted' }).click();
  await page.getByText('Someone else changed this record while you were editing.', { exact: false }).waitFor();
  // Reloaded: from Cancelled only reopening is offered, on the page and in the form.
  await page.getByRole('button', { name: 'Mark pending' }).waitFor();
  await expect(page.getByRole('button', { name: /^Mark / }).allInnerTexts()).resolves.toEqual(['MARK PENDING']);
  await page.getByText('Merged into another report').first().waitFor();
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}`);
  await page.getByRole('combobox', { name: 'Status' }).click();
  await expect(page.getByRole('option').allInnerTexts()).resolves.toEqual(['Pending', 'Cancelled']);
  await page.keyboard.press('Escape');
  expect((await api<ObligationView>(`/api/obligations/${obligation.id}`)).status).toBe('CANCELLED');
});

it('tells the user someone else saved first, reloads the record, and keeps the other person’s change', async () => {
  const { page } = tracker;
  const obligation = await pendingObligation();
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}`);
  const focalPoint = page.getByLabel('Focal point');
  await focalPoint.waitFor();
  await changeBehindTheUsersBack(obligation, { focalPoint: 'Set elsewhere' });

  await focalPoint.fill('Typed here');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Someone else changed this record while you were editing.', { exact: false }).waitFor();
  expect((await api<ObligationView>(`/api/obligations/${obligation.id}`)).focalPoint).toBe('Set elsewhere');
});

it('saves the obligation form and shows the new values on the obligation', async () => {
  const { page } = tracker;
  const obligation = await pendingObligation();
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}`);
  await page.getByLabel('Focal point').fill('M. Rossi');
  await page.getByLabel('Recurrence').fill('annual');
  await page.getByRole('button', { name: 'Save' }).click();

  await page.getByRole('button', { name: 'Mark submitted' }).waitFor(); // back on the obligation
  await page.getByText('M. Rossi', { exact: true }).waitFor();
  // What was there before is the seeds' (usually nothing, shown as a dash).
  const line = `Focal point: ${obligation.focalPoint ?? '—'} → M. Rossi; Recurrence: ${obligation.recurrence ?? '—'} → annual`;
  await history(page).getByText(line, { exact: true }).waitFor();
  await expect(history(page).innerText()).resolves.not.toMatch(/focalPoint|recurrence/);
  const stored = await api<ObligationView>(`/api/obligations/${obligation.id}`);
  expect({ focalPoint: stored.focalPoint, recurrence: stored.recurrence }).toEqual({ focalPoint: 'M. Rossi', recurrence: 'annual' });
});

it('adds notes under the obligation, with their author, kept after a reload', async () => {
  const { page } = tracker;
  const obligation = await pendingObligation();
  await openObligation(page, obligation);
  const add = page.getByRole('button', { name: 'Add', exact: true });
  await expect(add.isDisabled()).resolves.toBe(true);
  await page.getByLabel('Add a note').fill('Asked OLA for the draft');
  await add.click();
  await notes(page)
    .getByText(/^Administrator \(\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}\): Asked OLA for the draft$/)
    .waitFor();
  await expect(page.getByLabel('Add a note').inputValue()).resolves.toBe('');
  await history(page).getByText('Note added: Asked OLA for the draft', { exact: true }).waitFor();

  await page.reload();
  await notes(page)
    .getByText(/^Administrator \(.*\): Asked OLA for the draft$/)
    .waitFor();
});

it('creates a session from the form, lists it with its dates, and edits its closing day', async () => {
  const { page } = tracker;
  await page.goto(`${tracker.server.url}/#/sessions/create`);
  await page.getByLabel('Body').click();
  await page.getByRole('option', { name: 'Security Council' }).click();
  await page.getByRole('spinbutton', { name: /^Session/ }).fill('2031');
  await page.getByRole('textbox', { name: 'Opens on', exact: true }).fill('2031-01-01');
  await page.getByRole('textbox', { name: 'Closes on', exact: true }).fill('2030-12-31');
  await page.getByRole('button', { name: 'Save' }).click();
  // Refused next to the field, before anything is sent.
  await page.getByText('Must be on or after the opening day').waitFor();
  await page.getByRole('textbox', { name: 'Closes on', exact: true }).fill('2031-12-31');
  await page.getByRole('button', { name: 'Save' }).click();

  await page.goto(`${tracker.server.url}/#/sessions?filter=${encodeURIComponent(JSON.stringify({ number: 2031 }))}`);
  const row = page.getByRole('row').filter({ hasText: '2031' }).last();
  await row.waitFor();
  await expect(row.innerText()).resolves.toMatch(/Security Council\s+2031\s+1 Jan 2031\s+31 Dec 2031/);
  await row.click();
  // The edit form shows the stored day once the record has loaded; typing before that would be overwritten.
  const closes = page.getByRole('textbox', { name: 'Closes on', exact: true });
  for (const deadline = Date.now() + 15_000; (await closes.inputValue().catch(() => '')) !== '31 Dec 2031' && Date.now() < deadline;)
    await page.waitForTimeout(200);
  await closes.fill('2031-12-20');
  // A typed day is read when the box is left, which is what makes the form changed and Save available.
  await closes.press('Tab');
  await page.getByRole('button', { name: 'Save' }).click();
  const edited = page.getByRole('row').filter({ hasText: '20 Dec 2031' });
  await edited.waitFor();
  await expect(edited.innerText()).resolves.toMatch(/Security Council\s+2031\s+1 Jan 2031\s+20 Dec 2031/);
});

it('shows the API’s refusal of a field next to that field', async () => {
  const { page } = tracker;
  const obligation = await pendingObligation();
  await page.goto(`${tracker.server.url}/#/obligations/${obligation.id}`);
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Cancelled' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  // The workflow's refusal, named on the status field: its helper text, found through the field's description.
  const status = page.getByRole('combobox', { name: 'Status' });
  const describedBy = await status.getAttribute('aria-describedby');
  await page.locator(`[id="${describedBy}"]`).getByText('cancelling an obligation needs a statusReason').waitFor();
  expect((await api<ObligationView>(`/api/obligations/${obligation.id}`)).status).toBe('PENDING');
});

it('saves the resolution form and the document form and shows what was saved', async () => {
  const { page } = tracker;
  const [resolution] = await api<{ id: number; symbol: string; title: string }[]>('/api/resolutions?range=[0,0]&sort=["id","ASC"]');
  await page.goto(`${tracker.server.url}/#/resolutions/${resolution!.id}`);
  await page.getByLabel('Meeting').fill('99th plenary meeting');
  await saveForm(page);
  await page.goto(`${tracker.server.url}/#/resolutions/${resolution!.id}/show`);
  await page.getByText('99th plenary meeting').waitFor();

  const documents = await api<{ id: number; symbol: string }[]>('/api/documents?range=[0,0]&sort=["id","ASC"]');
  await page.goto(`${tracker.server.url}/#/documents/${documents[0]!.id}`);
  await page.getByLabel('Title').fill('Report of the Secretary-General, as renamed');
  await saveForm(page);
  // Its own page, not the list: which page of the list a document lands on depends on the seeds' order.
  await page.goto(`${tracker.server.url}/#/documents/${documents[0]!.id}/show`);
  await page.getByText('Report of the Secretary-General, as renamed').waitFor();
  await page.getByText(documents[0]!.symbol).first().waitFor();
});

it('lists the obligations of a resolution as rows a reader can check', async () => {
  const { page } = tracker;
  const [resolution] = await api<{ id: number }[]>('/api/resolutions?range=[0,0]&sort=["id","ASC"]');
  const filter = encodeURIComponent(JSON.stringify({ resolutionId: resolution!.id }));
  const expected = await api<ObligationView[]>(`/api/obligations?filter=${filter}&range=[0,9]`);
  expect(expected.length).toBeGreaterThan(1);
  await page.goto(`${tracker.server.url}/#/obligations?filter=${filter}`);
  await page
    .getByRole('row')
    .filter({ hasText: `${expected[0]!.resolution.symbol}, para. ${expected[0]!.paragraphRef}` })
    .first()
    .waitFor();
  const shown = await page.getByRole('row').allInnerTexts();
  for (const obligation of expected)
    expect(shown.some((text) => text.includes(`${obligation.resolution.symbol}, para. ${obligation.paragraphRef}`))).toBe(true);
});
