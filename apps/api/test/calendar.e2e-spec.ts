import ical, { type VEvent } from 'node-ical';
import request from 'supertest';
import type { CalendarFeedView } from '@mandate-tracker/contracts';
import { importSeedsIntoEmptyDatabase } from '../src/imports/seed-import';
import { notFound, validationError } from './support/error-bodies';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let reportId: number;

beforeAll(async () => {
  t = await createTestApp();
  await importSeedsIntoEmptyDatabase(t.app);
  const report = await t.prisma.obligation.findFirstOrThrow({ where: { resolution: { symbol: 'A/RES/78/70' }, paragraphRef: '21' } });
  reportId = report.id;
  await t.prisma.obligation.update({ where: { id: report.id }, data: { responsibleOffice: 'Mine Action Service' } });
}, 120_000);

afterAll(async () => {
  await t.close();
});

const createFeed = async (body: object): Promise<CalendarFeedView> =>
  (await request(t.server).post('/api/calendar-feeds').set('X-Actor', 'officer@un.org').send(body).expect(201)).body as CalendarFeedView;

const download = async (path: string): Promise<string> => {
  const response = await request(t.server).get(path).expect(200);
  expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
  return response.text;
};

const eventsOf = (text: string): VEvent[] => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

describe('a feed of a responsible office', () => {
  it('holds the office’s due report on the session’s opening day, and the opening itself, with ids stable across downloads', async () => {
    const feed = await createFeed({ name: 'UNMAS reports', scope: 'OFFICE', responsibleOffice: 'mine action service' });
    expect(feed).toMatchObject({ scope: 'OFFICE', responsibleOffice: 'mine action service', createdBy: 'officer@un.org', ownerId: null });
    expect(feed.path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);

    const first = await download(feed.path);
    const second = await download(feed.path);
    expect(second).toBe(first);
    const events = eventsOf(first);
    const ids = events.map((e) => e.uid).sort();
    expect(
      eventsOf(second)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(ids);
    expect(ids).toEqual([`obligation-${reportId}@un-mandate-tracker`, 'session-general_assembly-80@un-mandate-tracker']);

    const report = events.find((e) => e.uid.startsWith('obligation-'));
    expect(report?.summary).toBe('Report due: A/RES/78/70, para. 21 (Secretary-General)');
    expect(report?.datetype).toBe('date');
    expect(isoDay(report?.start as Date)).toBe('2025-09-09');
    const opening = events.find((e) => e.uid.startsWith('session-'));
    expect(opening?.summary).toBe('Opening of the eightieth session of the General Assembly');
  });

  it('replaces the event when the obligation changes: same id, higher sequence', async () => {
    const feed = await createFeed({ name: 'UNMAS again', scope: 'OFFICE', responsibleOffice: 'Mine Action Service' });
    const before = eventsOf(await download(feed.path)).find((e) => e.uid === `obligation-${reportId}@un-mandate-tracker`);
    const current = await t.prisma.obligation.findUniqueOrThrow({ where: { id: reportId } });
    await request(t.server).patch(`/api/obligations/${reportId}`).send({ status: 'IN_PROGRESS', version: current.version }).expect(200);
    const after = eventsOf(await download(feed.path)).find((e) => e.uid === `obligation-${reportId}@un-mandate-tracker`);
    expect(Number(after?.sequence)).toBe(Number(before?.sequence) + 1);
    expect(after?.description).toContain('Status: in progress.');
  });
});

describe('feeds of a session and of a saved filter', () => {
  it('a session feed holds what is due at that session of the body', async () => {
    const feed = await createFeed({ name: '59th session', scope: 'SESSION', body: 'GENERAL_ASSEMBLY', sessionNumber: 59 });
    const summaries = eventsOf(await download(feed.path)).map((e) => String(e.summary));
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Opening of the fifty-ninth session of the General Assembly',
        'Report due: A/RES/58/127, para. 26 (Secretary-General)',
        expect.stringMatching(/^Agenda item: A\/RES\/58\/53, para\. 10/),
      ]),
    );
    expect(summaries.every((s) => !s.includes('78/70'))).toBe(true);
  });

  it('a filter feed holds what the obligations list shows for that filter', async () => {
    const feed = await createFeed({
      name: 'Reports from the 80th',
      scope: 'OBLIGATION_FILTER',
      filter: { kind: 'REPORT', dueSessionFrom: 80 },
    });
    const summaries = eventsOf(await download(feed.path))
      .filter((e) => e.uid.startsWith('obligation-'))
      .map((e) => String(e.summary));
    expect(summaries).toEqual(['Report due: A/RES/78/70, para. 21 (Secretary-General)']);
  });
});

describe('the secret in the address', () => {
  it('is revoked by rotation: the old address is 404, the new one works; deleting the feed closes it', async () => {
    const feed = await createFeed({ name: 'Rotated', scope: 'OFFICE', responsibleOffice: 'Mine Action Service' });
    const rotated = (await request(t.server).post(`/api/calendar-feeds/${feed.id}/secret`).expect(201)).body as CalendarFeedView;
    expect(rotated.path).not.toBe(feed.path);
    expect(rotated.secretRotatedAt).not.toBeNull();
    await request(t.server)
      .get(feed.path)
      .expect(404)
      .expect((r) => expect(r.body).toEqual(notFound));
    await download(rotated.path);
    await request(t.server).delete(`/api/calendar-feeds/${feed.id}`).expect(200);
    await request(t.server).get(rotated.path).expect(404);
  });

  it('is never written to the audit trail', async () => {
    const feed = await createFeed({ name: 'Audited', scope: 'OFFICE', responsibleOffice: 'Mine Action Service' });
    const secret = feed.path.replace('/api/calendar/', '').replace('.ics', '');
    const events = await t.prisma.auditEvent.findMany({ where: { entityType: 'CalendarFeed', entityId: String(feed.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actor).toBe('officer@un.org');
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain(secret);
    expect(events[0]?.after).toMatchObject({ name: 'Audited', scope: 'OFFICE' });
  });

  it('answers 404 to a malformed or unknown address', async () => {
    await request(t.server).get('/api/calendar/not-a-secret.txt').expect(404);
    await request(t.server).get('/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics').expect(404);
  });
});

describe('POST /api/calendar-feeds refuses what cannot make a feed', () => {
  it.each([
    [{ name: 'x', scope: 'OFFICE' }, { responsibleOffice: expect.any(String) }],
    [{ name: 'x', scope: 'SESSION', body: 'GENERAL_ASSEMBLY' }, { sessionNumber: expect.any(String) }],
    [{ name: 'x', scope: 'OBLIGATION_FILTER', filter: { colour: 'red' } }, { 'filter.colour': expect.any(String) }],
    [{ name: 'x', scope: 'OBLIGATION_FILTER', filter: { kind: 'POEM' } }, { 'filter.kind': expect.stringContaining('REPORT') }],
    [
      { name: '', scope: 'WEEKLY' },
      { name: expect.any(String), scope: expect.any(String) },
    ],
  ])('%j', async (body, errors) => {
    const response = await request(t.server).post('/api/calendar-feeds').send(body).expect(400);
    expect(response.body).toEqual(validationError(errors));
  });
});

describe('GET /api/calendar-feeds', () => {
  it('lists the feeds with their addresses as react-admin reads them', async () => {
    const response = await request(t.server).get('/api/calendar-feeds').expect(200);
    expect(response.headers['content-range']).toMatch(/^calendar-feeds 0-\d+\/\d+$/);
    expect(response.body.length).toBeGreaterThan(0);
    expect(response.body[0]).toEqual(expect.objectContaining({ id: expect.any(Number), path: expect.stringMatching(/\.ics$/) }));
  });
});
