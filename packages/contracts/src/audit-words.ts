import { CALENDAR_FEED_SCOPE_LABELS } from './agenda.js';
import { AUDIT_ACTION_LABELS, type AuditAction, type AuditFieldChangeView } from './audit.js';
import { BODY_LABELS } from './bodies.js';
import { DOCUMENT_KIND_LABELS } from './documents.js';
import { LINK_ORIGIN_LABELS, LINK_RELATION_LABELS } from './links.js';
import { OBLIGATION_KIND_LABELS, OBLIGATION_STATUS_LABELS, OBLIGATION_STRENGTH_LABELS } from './obligations.js';
import { SOURCE_FORMAT_LABELS } from './resolutions.js';
import { REVIEW_STATE_LABELS } from './review.js';
import { ROLE_LABELS } from './roles.js';

/*
 * The one place the audit trail is put into words, for the obligation's history, the audit log and its exports,
 * the dashboard's recent changes, the compliance evidence and the admin. The trail stores records as JSON with
 * their code names; people read "Status: Pending → In progress".
 */

/**
 * Field names as people say them, in the order a change lists them (follow-up first). Only the fields named here
 * are shown: bookkeeping (version, timestamps, counters, derived flags, search columns) is left out on purpose, so
 * a new column never shows up under its code name.
 */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  // obligations: follow-up
  status: 'Status',
  statusReason: 'Reason',
  reviewState: 'Review',
  responsibleOffice: 'Responsible office',
  focalPoint: 'Focal point',
  // obligations: what the clause asks
  kind: 'Kind',
  strength: 'Strength',
  actor: 'Actor',
  recipient: 'Recipient',
  dueBody: 'Due at (body)',
  dueSession: 'Due session',
  dueDate: 'Due date',
  recurrence: 'Recurrence',
  agendaItemTitle: 'Agenda item',
  quote: 'Clause',
  paragraphRef: 'Paragraph',
  confidence: 'Confidence',
  // document links
  documentId: 'Document',
  obligationId: 'Obligation',
  relation: 'Relation',
  origin: 'Origin',
  evidenceNote: 'Evidence',
  evidenceParagraph: 'Evidence paragraph',
  // resolutions, documents, sessions
  symbol: 'Symbol',
  title: 'Title',
  body: 'Body',
  sessionNumber: 'Session',
  resolutionNumber: 'Resolution number',
  adoptedOn: 'Adopted on',
  meeting: 'Meeting',
  committeeReport: 'Committee report',
  agendaItemNumber: 'Agenda item number',
  sourceFormat: 'Source format',
  checksum: 'Checksum',
  issuedOn: 'Issued on',
  number: 'Number',
  opensOn: 'Opens on',
  closesOn: 'Closes on',
  // notes
  text: 'Text',
  author: 'Author',
  // exports and calendar feeds
  what: 'What',
  format: 'Format',
  scope: 'Scope',
  rows: 'Rows',
  sha256: 'SHA-256',
  name: 'Name',
  // offices and their suggestion rules
  abbreviation: 'Abbreviation',
  aliases: 'Aliases',
  pattern: 'Actor pattern',
  officeId: 'Office',
  mainCommittee: 'Main Committee',
  ownerId: 'Owner',
  // accounts and tokens
  email: 'Email',
  displayName: 'Name',
  role: 'Role',
  offices: 'Offices',
  active: 'Active',
  sso: 'Single sign-on',
  password: 'Password',
  mustChangePassword: 'Must change password',
  method: 'Method',
  address: 'Address',
  reason: 'Reason',
  prefix: 'Token starts with',
  expiresAt: 'Expires',
  revokedAt: 'Revoked',
};

const capitalised = (labels: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, label.charAt(0).toUpperCase() + label.slice(1)]));

/**
 * Enumerated values in words, from each area's own labels; a code means the same in every enum that has it (a
 * test checks that no two areas give one code different words). Exports and compliance use it for their columns.
 */
export const AUDIT_VALUE_LABELS: Record<string, string> = {
  ...DOCUMENT_KIND_LABELS,
  ...OBLIGATION_KIND_LABELS,
  ...OBLIGATION_STRENGTH_LABELS,
  ...OBLIGATION_STATUS_LABELS,
  ...REVIEW_STATE_LABELS,
  ...BODY_LABELS,
  ...SOURCE_FORMAT_LABELS,
  ...ROLE_LABELS,
  ...CALENDAR_FEED_SCOPE_LABELS,
  ...capitalised(LINK_RELATION_LABELS),
  ...capitalised(LINK_ORIGIN_LABELS),
};

/** Fields whose values are codes: free text that happens to look like a code ("NOTE") is shown as written. */
const ENUMERATED = new Set([
  'status',
  'reviewState',
  'kind',
  'strength',
  'dueBody',
  'body',
  'relation',
  'origin',
  'sourceFormat',
  'role',
  'scope',
]);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z$/;

/** "2027-09-07" (or the midnight timestamp Prisma stores a day as) → "7 Sep 2027": the one way a day is written. */
export function formatDay(value: string): string {
  const match = DAY.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A timestamp as the server writes it, in UTC since it does not know the reader's zone: "29 Nov 2026, 06:35 UTC". */
export function formatUtcMoment(value: string): string {
  const match = MOMENT.exec(value);
  if (!match) return value;
  const [, year, month, day, hours, minutes] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}, ${hours}:${minutes} UTC`;
}

/** The names behind the ids the trail stores; without them a document is "document 7". */
export interface AuditNames {
  /** Document ids to symbols, for links. */
  documents: ReadonlyMap<number, string>;
}

const NO_NAMES: AuditNames = { documents: new Map() };

/** A value as people say it: labels for codes, days and moments written out, null for nothing. */
export function valueInWords(field: string, value: unknown, names: AuditNames = NO_NAMES): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'documentId' && typeof value === 'number') return names.documents.get(value) ?? `document ${value}`;
  if (field === 'confidence' && typeof value === 'number') return `${Math.round(value * 100)} %`;
  if (typeof value === 'string') {
    if (ENUMERATED.has(field)) return AUDIT_VALUE_LABELS[value] ?? value;
    if (DAY.test(value)) return formatDay(value);
    if (MOMENT.test(value)) return formatUtcMoment(value);
    return value.length > 160 ? `${value.slice(0, 157)}…` : value;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((item) => valueInWords(field, item, names)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** What a creation or deletion shows of each entity: enough to recognise it. */
const IDENTIFYING: Record<string, readonly string[]> = {
  Resolution: ['symbol', 'title'],
  Obligation: ['kind', 'actor', 'dueSession', 'dueDate', 'status'],
  ObligationNote: ['text'],
  Document: ['symbol', 'kind', 'issuedOn'],
  ObligationDocument: ['documentId', 'relation', 'reviewState', 'origin', 'evidenceNote'],
  Session: ['body', 'number', 'opensOn', 'closesOn'],
  Export: ['what', 'format', 'scope', 'rows', 'sha256'],
  CalendarFeed: ['name', 'scope', 'responsibleOffice', 'body', 'sessionNumber'],
  User: ['email', 'displayName', 'role', 'offices', 'method', 'address', 'reason'],
  ApiToken: ['name', 'prefix', 'expiresAt'],
};

const FIELD_ORDER = Object.keys(AUDIT_FIELD_LABELS);

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields of one event, in words: for an update those whose value differs, for the other actions those that
 * identify the entity. Only labelled fields appear, in the labels' order.
 */
export function changesOf(
  entityType: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
  names: AuditNames = NO_NAMES,
): AuditFieldChangeView[] {
  const old = asRecord(before);
  const now = asRecord(after);
  if (action === 'UPDATE') {
    return FIELD_ORDER.filter((field) => (field in old || field in now) && !same(old[field], now[field])).map((field) => ({
      field,
      label: AUDIT_FIELD_LABELS[field] as string,
      before: valueInWords(field, old[field], names),
      after: valueInWords(field, now[field], names),
    }));
  }
  const state = action === 'DELETE' ? old : now;
  const shown = IDENTIFYING[entityType] ?? FIELD_ORDER;
  return shown
    .filter((field) => field in AUDIT_FIELD_LABELS && valueInWords(field, state[field], names) !== null)
    .map((field) => ({
      field,
      label: AUDIT_FIELD_LABELS[field] as string,
      before: action === 'DELETE' ? valueInWords(field, old[field], names) : null,
      after: action === 'DELETE' ? null : valueInWords(field, now[field], names),
    }));
}

/** "Status: Pending → In progress; Focal point: — → Jane Smith". */
export function changesSentence(changes: readonly AuditFieldChangeView[]): string {
  return changes.map((change) => `${change.label}: ${change.before ?? '—'} → ${change.after ?? '—'}`).join('; ');
}

/** An event in one line: updates say what changed to what; creations and deletions list what was recorded. */
export function summaryOf(action: AuditAction, changes: readonly AuditFieldChangeView[]): string {
  if (action === 'UPDATE') return changes.length === 0 ? 'No visible change' : changesSentence(changes);
  const shown = changes.map((c) => `${c.label}: ${(action === 'DELETE' ? c.before : c.after) ?? '—'}`).join('; ');
  return shown ? `${AUDIT_ACTION_LABELS[action]} (${shown})` : AUDIT_ACTION_LABELS[action];
}
