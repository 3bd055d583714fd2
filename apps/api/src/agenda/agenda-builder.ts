import {
  MAIN_COMMITTEES,
  type AgendaHistoryEntryView,
  type AgendaItemView,
  type AgendaMandateView,
  type ExpectedDocumentView,
  type MainCommittee,
} from '@mandate-tracker/contracts';
import { toIsoDate } from '../common/iso-date';
import { dueStatusOf, type DueClock } from '../obligations/due/due-status';
import type { Body } from '../generated/prisma/enums';
import type { AgendaObligationRow, ExpectedReportRow } from './agenda.repository';
import { agendaItemKey, displayTitle, subItemPlacement } from '../obligations/agenda-item-title';
import { declaredPeriodicity, expectedSessions, learnRhythm, type Rhythm } from './periodicity';
import { gaSessionOfSymbol, type SeriesIndex } from './series-index';

export interface AgendaInput {
  body: Body;
  sessionFrom: number;
  sessionTo: number;
  agendaRows: AgendaObligationRow[];
  reports: ExpectedReportRow[];
  series: SeriesIndex;
  clock: DueClock;
}

/** One item as the resolutions name it, over all sessions. */
interface ItemGroup {
  key: string;
  title: string;
  /** The item a sub-item is scheduled under; null for an item of its own. */
  parent: { key: string; title: string } | null;
  rows: AgendaObligationRow[];
}

/** An item's facts that do not depend on the session: its series, history and rhythm. */
interface ItemFacts {
  family: Set<number>;
  history: AgendaHistoryEntryView[];
  rhythm: Rhythm;
  lastSession: number | null;
}

const ALLOCATION_RANK = new Map<MainCommittee | null, number>([...MAIN_COMMITTEES.map((c, i) => [c, i] as const), [null, 99]]);

/**
 * The agenda of the sessions asked for: every item an AGENDA_ITEM obligation schedules there, grouped by its
 * normalised title (sub-items under their item), with its mandates, the reports expected under it, its rhythm and
 * history, and the items expected from their rhythm that no resolution has scheduled yet.
 */
export function buildAgenda(input: AgendaInput): AgendaItemView[] {
  const groups = groupItems(input.agendaRows);
  const facts = new Map([...groups.values()].map((group) => [group.key, factsOf(group, input.series)]));
  const own: AgendaItemView[] = [];
  const subItems: { parent: { key: string; title: string }; entry: AgendaItemView }[] = [];
  for (const group of groups.values()) {
    const groupFacts = facts.get(group.key) as ItemFacts;
    for (const entry of entriesOf(group, groupFacts, input)) {
      if (group.parent) subItems.push({ parent: group.parent, entry });
      else own.push(entry);
    }
  }
  for (const { parent, entry } of subItems) {
    let host = own.find((item) => item.key === parent.key && item.session === entry.session);
    if (!host) {
      host = parentEntry(parent, entry, facts.get(parent.key));
      own.push(host);
    }
    host.subItems.push(entry);
    // A parent is forecast only while none of its sub-items is scheduled.
    if (!entry.forecast) host.forecast = false;
  }
  return own.sort(
    (a, b) =>
      a.session - b.session ||
      (ALLOCATION_RANK.get(a.allocation) ?? 99) - (ALLOCATION_RANK.get(b.allocation) ?? 99) ||
      a.title.localeCompare(b.title, 'en'),
  );
}

function groupItems(rows: AgendaObligationRow[]): Map<string, ItemGroup> {
  const groups = new Map<string, ItemGroup>();
  for (const row of rows) {
    const placement = subItemPlacement(row.quote);
    const parent = placement ? { key: agendaItemKey(placement.parent), title: placement.parent } : null;
    let title = displayTitle(row.agendaItemTitle ?? row.resolution.title);
    // The parser takes the first title after "entitled", which in 'under the item entitled “X” … the sub-item “Y”' is
    // the parent: the clause's own reading names the sub-item then. A title someone corrected to another is kept.
    if (parent && placement?.subItem && (row.agendaItemTitle === null || agendaItemKey(title) === parent.key)) title = placement.subItem;
    // A sub-item's key carries its parent's: two items may have sub-items of the same name.
    const key = parent ? `${parent.key} / ${agendaItemKey(title)}` : agendaItemKey(title);
    const group = groups.get(key);
    if (group) {
      group.rows.push(row);
      // Rows come oldest session first: the latest wording of the title wins.
      group.title = title;
    } else {
      groups.set(key, { key, title, parent, rows: [row] });
    }
  }
  return groups;
}

function factsOf(group: ItemGroup, series: SeriesIndex): ItemFacts {
  const ownResolutions = new Set(group.rows.map((row) => row.resolutionId));
  const family = series.familyOf(ownResolutions);
  const bySession = new Map<number, AgendaHistoryEntryView>();
  const at = (session: number): AgendaHistoryEntryView => {
    let entry = bySession.get(session);
    if (!entry) {
      entry = { session, resolutionSymbols: [], scheduled: false };
      bySession.set(session, entry);
    }
    return entry;
  };
  for (const row of group.rows) {
    if (row.dueSession !== null) at(row.dueSession).scheduled = true;
    if (row.resolution.sessionNumber !== null) addSymbol(at(row.resolution.sessionNumber), row.resolution.symbol);
  }
  // Resolutions the item's own resolutions recall without being imported ("Recalling its resolutions 48/7 …").
  for (const symbol of series.recalledElsewhere(ownResolutions)) {
    const session = gaSessionOfSymbol(symbol);
    if (session !== null) addSymbol(at(session), symbol);
  }
  const history = [...bySession.values()].sort((a, b) => a.session - b.session);
  const latest = group.rows[group.rows.length - 1];
  const rhythm = learnRhythm(
    history.map((h) => h.session),
    declaredPeriodicity(latest?.recurrence ?? null),
  );
  return { family, history, rhythm, lastSession: history[history.length - 1]?.session ?? null };
}

function addSymbol(entry: AgendaHistoryEntryView, symbol: string): void {
  if (!entry.resolutionSymbols.includes(symbol)) entry.resolutionSymbols.push(symbol);
}

function entriesOf(group: ItemGroup, facts: ItemFacts, input: AgendaInput): AgendaItemView[] {
  const entries: AgendaItemView[] = [];
  const scheduled = new Set<number>();
  for (let session = input.sessionFrom; session <= input.sessionTo; session++) {
    const rows = group.rows.filter((row) => row.dueSession === session);
    if (rows.length === 0) continue;
    scheduled.add(session);
    entries.push(entryOf(group, facts, input, session, rows));
  }
  if (facts.lastSession !== null) {
    for (const session of expectedSessions(facts.rhythm, facts.lastSession, input.sessionFrom, input.sessionTo)) {
      if (!scheduled.has(session)) entries.push(entryOf(group, facts, input, session, []));
    }
  }
  return entries;
}

function entryOf(group: ItemGroup, facts: ItemFacts, input: AgendaInput, session: number, rows: AgendaObligationRow[]): AgendaItemView {
  // The session's own mandates decide the allocation; a forecast keeps the latest one's.
  const deciding = [...(rows.length > 0 ? rows : group.rows)].reverse();
  const allocation = deciding.find((row) => row.resolution.mainCommittee !== null)?.resolution.mainCommittee ?? null;
  const numbered = deciding.find((row) => row.resolution.agendaItemNumber !== null);
  return {
    key: group.key,
    title: group.title,
    body: input.body,
    session,
    allocation,
    agendaItemNumber: numbered?.resolution.agendaItemNumber ?? null,
    mandates: rows.map(mandateOf),
    expectedDocuments: input.reports
      .filter((report) => report.dueSession === session && facts.family.has(report.resolutionId))
      .map((report) => expectedDocumentOf(report, input.clock)),
    subItems: [],
    periodicity: facts.rhythm.periodicity,
    rhythmSince: facts.rhythm.since,
    history: facts.history,
    forecast: rows.length === 0,
  };
}

function parentEntry(parent: { key: string; title: string }, child: AgendaItemView, facts: ItemFacts | undefined): AgendaItemView {
  return {
    ...child,
    key: parent.key,
    title: parent.title,
    mandates: [],
    expectedDocuments: [],
    subItems: [],
    periodicity: facts?.rhythm.periodicity ?? child.periodicity,
    rhythmSince: facts?.rhythm.since ?? child.rhythmSince,
    history: facts?.history ?? child.history,
  };
}

function mandateOf(row: AgendaObligationRow): AgendaMandateView {
  return {
    obligationId: row.id,
    resolutionId: row.resolutionId,
    resolutionSymbol: row.resolution.symbol,
    paragraphRef: row.paragraphRef,
    quote: row.quote,
    status: row.status,
    reviewState: row.reviewState,
  };
}

function expectedDocumentOf(report: ExpectedReportRow, clock: DueClock): ExpectedDocumentView {
  const proven = report.fulfillingLinks > 0;
  const { overdue } = dueStatusOf(
    { status: report.status, proven, dueDate: toIsoDate(report.dueDate), dueBody: report.dueBody, dueSession: report.dueSession },
    clock,
  );
  return {
    obligationId: report.id,
    resolutionId: report.resolutionId,
    resolutionSymbol: report.resolution.symbol,
    paragraphRef: report.paragraphRef,
    actor: report.actor,
    quote: report.quote,
    status: report.status,
    overdue,
    proven,
    documents: report.documents.map((link) => ({ documentId: link.document.id, symbol: link.document.symbol, relation: link.relation })),
  };
}
