/**
 * The agenda of coming sessions (issue 16): what GET /api/agenda and the annotated preliminary list answer, and the
 * calendar feeds. The API builds these views; the admin's Agenda page and feeds list read them.
 */

import type { Body } from './bodies.js';
import type { ObligationStatus } from './obligations.js';
import type { ReviewState } from './review.js';

/** The General Assembly's Main Committee a resolution was adopted on the report of; PLENARY: without reference to one. */
export const MAIN_COMMITTEES = ['PLENARY', 'FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH'] as const;
export type MainCommittee = (typeof MAIN_COMMITTEES)[number];

/** As the annotated preliminary list heads its sections: the plenary first, then the Main Committees in order. */
export const MAIN_COMMITTEE_LABELS: Record<MainCommittee, string> = {
  PLENARY: 'Plenary',
  FIRST: 'Disarmament and International Security Committee (First Committee)',
  SECOND: 'Economic and Financial Committee (Second Committee)',
  THIRD: 'Social, Humanitarian and Cultural Committee (Third Committee)',
  FOURTH: 'Special Political and Decolonization Committee (Fourth Committee)',
  FIFTH: 'Administrative and Budgetary Committee (Fifth Committee)',
  SIXTH: 'Legal Committee (Sixth Committee)',
};

/** Items whose mandating resolutions name no Main Committee (older texts, other bodies) come last, under this heading. */
export const UNALLOCATED_LABEL = 'Allocation not known';

/** How often an item has come back, learned from the sessions of its series. */
export const PERIODICITIES = ['ANNUAL', 'BIENNIAL', 'TRIENNIAL', 'IRREGULAR'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export const PERIODICITY_LABELS: Record<Periodicity, string> = {
  ANNUAL: 'Annual',
  BIENNIAL: 'Biennial',
  TRIENNIAL: 'Triennial',
  IRREGULAR: 'Irregular',
};

/** Sessions between two considerations, for the regular rhythms. */
export const PERIODICITY_YEARS: Partial<Record<Periodicity, number>> = { ANNUAL: 1, BIENNIAL: 2, TRIENNIAL: 3 };

/** One resolution paragraph that puts the item on the session's provisional agenda. */
export interface AgendaMandateView {
  obligationId: number;
  resolutionId: number;
  /** "A/RES/78/70" */
  resolutionSymbol: string;
  /** "22", or "3 (b)" */
  paragraphRef: string;
  quote: string;
  status: ObligationStatus;
  reviewState: ReviewState;
}

/** A document already recorded against an expected report. */
export interface IssuedDocumentView {
  documentId: number;
  symbol: string;
  relation: string;
}

/** A REPORT obligation due at the session in the item's series or under the item. */
export interface ExpectedDocumentView {
  obligationId: number;
  resolutionId: number;
  resolutionSymbol: string;
  paragraphRef: string;
  /** Who must submit it: "Secretary-General". */
  actor: string;
  quote: string;
  status: ObligationStatus;
  overdue: boolean;
  proven: boolean;
  documents: IssuedDocumentView[];
}

/** A session at which the item was on the agenda or a resolution of its series was adopted. */
export interface AgendaHistoryEntryView {
  session: number;
  /** Resolutions of the series adopted at that session, imported or only recalled. */
  resolutionSymbols: string[];
  /** The session was named in a "decides to include in the provisional agenda" paragraph. */
  scheduled: boolean;
}

export interface AgendaItemView {
  /** The normalised title: the same item from several resolutions is one entry. */
  key: string;
  title: string;
  body: Body;
  session: number;
  /** Plenary or the Main Committee that handled the latest mandating resolution; null when none says. */
  allocation: MainCommittee | null;
  /** As printed on the latest resolution of the item: "46", "69 (b)". */
  agendaItemNumber: string | null;
  mandates: AgendaMandateView[];
  expectedDocuments: ExpectedDocumentView[];
  /** Sub-items ("under the item entitled … the sub-item entitled …"), each with its own mandates and documents. */
  subItems: AgendaItemView[];
  periodicity: Periodicity;
  /** First session of the current rhythm; null when irregular. */
  rhythmSince: number | null;
  history: AgendaHistoryEntryView[];
  /** Expected from the item's rhythm, but no resolution asks for it at this session yet. */
  forecast: boolean;
}

export interface AgendaView {
  body: Body;
  sessionFrom: number;
  sessionTo: number;
  items: AgendaItemView[];
}

/** One item of the annotated preliminary list, in the words the Secretariat uses in A/NN/100. */
export interface AnnotatedListItemView {
  number: number;
  title: string;
  subItems: string[];
  /** "The item was included in the agenda of the fifty-third session … considered biennially since …" */
  history: string;
  /** "In accordance with resolution 78/70, paragraph 22" */
  mandate: string;
  /** "Report of the Secretary-General (resolution 78/70, para. 21)" */
  documentation: string[];
  forecast: boolean;
}

export interface AnnotatedListSectionView {
  allocation: MainCommittee | null;
  heading: string;
  items: AnnotatedListItemView[];
}

export interface AnnotatedListView {
  body: Body;
  session: number;
  /** "Annotated preliminary list of items to be included in the provisional agenda of the eighty-first session" */
  title: string;
  sections: AnnotatedListSectionView[];
}

/** What a calendar feed holds. */
export const CALENDAR_FEED_SCOPES = ['OFFICE', 'SESSION', 'OBLIGATION_FILTER'] as const;
export type CalendarFeedScope = (typeof CALENDAR_FEED_SCOPES)[number];

export const CALENDAR_FEED_SCOPE_LABELS: Record<CalendarFeedScope, string> = {
  OFFICE: 'A responsible office',
  SESSION: 'A session of a body',
  OBLIGATION_FILTER: 'A saved obligations filter',
};

export interface CalendarFeedView {
  id: number;
  name: string;
  scope: CalendarFeedScope;
  responsibleOffice: string | null;
  body: Body | null;
  sessionNumber: number | null;
  filter: Record<string, unknown> | null;
  /** The address to subscribe to, relative to the site: "/api/calendar/<secret>.ics". */
  path: string;
  ownerId: string | null;
  createdBy: string;
  createdAt: string;
  secretRotatedAt: string | null;
  version: number;
}

/** GET /api/agenda: a body and a session or a range of at most ten sessions (sessionTo defaults to sessionFrom). */
export interface AgendaRequest {
  body: Body;
  sessionFrom: number;
  sessionTo?: number;
}

/** GET /api/agenda/annotated-list(.md|.docx). */
export interface AnnotatedListRequest {
  body: Body;
  session: number;
}

/** POST /api/calendar-feeds: the fields its scope needs (office; body and session; or an obligations list filter). */
export interface CreateCalendarFeedRequest {
  name: string;
  scope: CalendarFeedScope;
  responsibleOffice?: string;
  body?: Body;
  sessionNumber?: number;
  filter?: Record<string, unknown>;
}
