import { toIsoDate } from '../src/common/iso-date';
import type { Body, ObligationStatus } from '../src/generated/prisma/enums';
import { DashboardService } from '../src/dashboard/dashboard.service';
import { DueClockService } from '../src/obligations/due/due-clock.service';
import { dueSql, dueStatusOf, dueWhere, type DueClock, type DueStatus } from '../src/obligations/due/due-status';
import { ObligationsService } from '../src/obligations/obligations.service';
import { createDocument } from './factories/document.factory';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { createSession } from './factories/session.factory';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * "Overdue" and "due now" are read three ways from one description (obligations/due): in memory for the views,
 * as a Prisma where for the list filter, as SQL for the dashboard's counts. Each row of the table is stored in
 * the real database and judged all three ways; every way must give the row's expected answer.
 */

let t: TestApp;
let clock: DueClock;

const shift = (isoDate: string, days: number) => toIsoDate(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000)) as string;
const daysAgo = (days: number) => shift(new Date().toISOString().slice(0, 10), -days);

interface Row {
  name: string;
  status?: ObligationStatus;
  dueBody?: Body | null;
  /** Relative to the body's current session, so the table holds whatever the date. */
  dueSession?: (current: number) => number | null;
  dueDate?: (today: string) => string | null;
  link?: 'FULFILS' | 'FULFILS_REJECTED' | 'RELATES';
  expected: DueStatus;
}

const neither = { overdue: false, dueNow: false };
const overdue = { overdue: true, dueNow: false };
const dueNow = { overdue: false, dueNow: true };

const rows: Row[] = [
  { name: 'GA session passed', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c - 1, expected: overdue },
  { name: 'GA session in progress', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c, expected: dueNow },
  { name: 'GA session to come', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c + 1, expected: neither },
  { name: 'due date passed', dueBody: null, dueSession: () => null, dueDate: (d) => shift(d, -1), expected: overdue },
  { name: 'due today', dueBody: null, dueSession: () => null, dueDate: (d) => d, expected: neither },
  { name: 'no due date nor session', dueBody: null, dueSession: () => null, expected: neither },
  {
    name: 'date passed within the current session',
    dueBody: 'GENERAL_ASSEMBLY',
    dueSession: (c) => c,
    dueDate: (d) => shift(d, -1),
    expected: overdue,
  },
  {
    name: 'date to come within the current session',
    dueBody: 'GENERAL_ASSEMBLY',
    dueSession: (c) => c,
    dueDate: (d) => shift(d, 1),
    expected: dueNow,
  },
  {
    name: 'date passed, session to come',
    dueBody: 'GENERAL_ASSEMBLY',
    dueSession: (c) => c + 1,
    dueDate: (d) => shift(d, -3),
    expected: overdue,
  },
  { name: 'submitted', status: 'SUBMITTED', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c - 1, expected: neither },
  { name: 'fulfilled', status: 'FULFILLED', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c, expected: neither },
  { name: 'cancelled', status: 'CANCELLED', dueDate: (d) => shift(d, -1), expected: neither },
  { name: 'deferred still counts', status: 'DEFERRED', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c - 1, expected: overdue },
  { name: 'proven by a document', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c - 1, link: 'FULFILS', expected: neither },
  { name: 'proven, due now', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c, link: 'FULFILS', expected: neither },
  { name: 'proof rejected', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c - 1, link: 'FULFILS_REJECTED', expected: overdue },
  { name: 'only a related document', dueBody: 'GENERAL_ASSEMBLY', dueSession: (c) => c - 1, link: 'RELATES', expected: overdue },
  { name: 'HRC session before an open-ended one', dueBody: 'HUMAN_RIGHTS_COUNCIL', dueSession: (c) => c - 1, expected: overdue },
  { name: 'HRC session without a closing day, in progress', dueBody: 'HUMAN_RIGHTS_COUNCIL', dueSession: (c) => c, expected: dueNow },
  { name: 'HRC session to come', dueBody: 'HUMAN_RIGHTS_COUNCIL', dueSession: (c) => c + 1, expected: neither },
  { name: 'a body without a calendar', dueBody: 'SECURITY_COUNCIL', dueSession: () => 3, expected: neither },
  {
    name: 'a body without a calendar, date passed',
    dueBody: 'SECURITY_COUNCIL',
    dueSession: () => 3,
    dueDate: (d) => shift(d, -1),
    expected: overdue,
  },
  { name: 'a body without a session', dueBody: 'GENERAL_ASSEMBLY', dueSession: () => null, expected: neither },
];

const ids = new Map<number, Row>();

beforeAll(async () => {
  t = await createTestApp();
  // The Human Rights Council's calendar holds no closing days: its latest session runs until the next opens.
  await createSession(t.prisma, { number: 55, opensOn: daysAgo(400), closesOn: undefined });
  await createSession(t.prisma, { number: 56, opensOn: daysAgo(30), closesOn: undefined });
  clock = await t.app.get(DueClockService).now();
  expect(clock.currentSession).toMatchObject({ HUMAN_RIGHTS_COUNCIL: 56, GENERAL_ASSEMBLY: expect.any(Number) });
  expect(clock.currentSession.SECURITY_COUNCIL).toBeUndefined();

  const resolution = await createResolution(t.prisma);
  for (const row of rows) {
    const current = row.dueBody ? (clock.currentSession[row.dueBody] ?? 0) : 0;
    const dueDate = row.dueDate?.(clock.today) ?? null;
    const obligation = await createObligation(t.prisma, {
      resolutionId: resolution.id,
      status: row.status ?? 'PENDING',
      statusReason: row.status === 'CANCELLED' ? 'The Assembly no longer asks for it' : null,
      dueBody: row.dueBody === undefined ? null : row.dueBody,
      dueSession: row.dueSession ? row.dueSession(current) : null,
      dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null,
    });
    if (row.link) {
      const document = await createDocument(t.prisma);
      await t.prisma.obligationDocument.create({
        data: {
          obligationId: obligation.id,
          documentId: document.id,
          relation: row.link === 'RELATES' ? 'RELATED' : 'FULFILS',
          reviewState: row.link === 'FULFILS_REJECTED' ? 'REJECTED' : 'CONFIRMED',
          origin: 'MANUAL',
        },
      });
    }
    ids.set(obligation.id, row);
  }
});

afterAll(async () => {
  await t.close();
});

const expectedNames = (status: keyof DueStatus, wanted: boolean) =>
  rows
    .filter((row) => row.expected[status] === wanted)
    .map((row) => row.name)
    .sort();
const namesOf = (found: { id: number }[]) => found.map(({ id }) => ids.get(id)?.name ?? `unknown ${id}`).sort();

describe.each(['overdue', 'dueNow'] as const)('%s', (status) => {
  it('in memory, as the views derive it', async () => {
    const stored = await t.prisma.obligation.findMany();
    const judged = stored.filter(
      (o) =>
        dueStatusOf(
          { status: o.status, proven: o.fulfillingLinks > 0, dueDate: toIsoDate(o.dueDate), dueBody: o.dueBody, dueSession: o.dueSession },
          clock,
        )[status],
    );
    expect(namesOf(judged)).toEqual(expectedNames(status, true));
  });

  it('as a Prisma where, both ways, as the list filter asks', async () => {
    const yes = await t.prisma.obligation.findMany({ where: dueWhere(status, true, clock), select: { id: true } });
    const no = await t.prisma.obligation.findMany({ where: dueWhere(status, false, clock), select: { id: true } });
    expect(namesOf(yes)).toEqual(expectedNames(status, true));
    expect(namesOf(no)).toEqual(expectedNames(status, false));
  });

  it('as SQL, as the dashboard counts', async () => {
    const found = await t.prisma.$queryRaw<{ id: number }[]>`SELECT o.id FROM obligation o WHERE ${dueSql(status, clock)}`;
    expect(namesOf(found)).toEqual(expectedNames(status, true));
  });
});

it('is one clock, with one cache, for the obligations list and the dashboard', () => {
  // Each service's own injected clock: a second DueClockService provider anywhere would show here.
  const clockOf = (service: object) => (service as { clock: DueClockService }).clock;
  expect(clockOf(t.app.get(ObligationsService))).toBeInstanceOf(DueClockService);
  expect(clockOf(t.app.get(ObligationsService))).toBe(clockOf(t.app.get(DashboardService)));
});
