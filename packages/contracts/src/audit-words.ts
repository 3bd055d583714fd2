import { BODY_LABELS } from './bodies.js';
import { DOCUMENT_KIND_LABELS } from './documents.js';
import { LINK_ORIGIN_LABELS, LINK_RELATION_LABELS } from './links.js';
import { OBLIGATION_KIND_LABELS, OBLIGATION_STATUS_LABELS, OBLIGATION_STRENGTH_LABELS } from './obligations.js';
import { SOURCE_FORMAT_LABELS } from './resolutions.js';
import { REVIEW_STATE_LABELS } from './review.js';
import { labelOf } from './wire.js';

/**
 * The audit trail stores records as JSON with their code names; people read "Status: Pending → In progress".
 * Only the fields named here are described: bookkeeping (version, timestamps, counters, search columns) is
 * left out on purpose, so a new column never shows up under its code name.
 */
export const AUDITED_FIELD_LABELS: Record<string, string> = {
  // obligations
  status: 'Status',
  statusReason: 'Reason',
  reviewState: 'Review',
  responsibleOffice: 'Responsible office',
  focalPoint: 'Focal point',
  kind: 'Kind',
  strength: 'Strength',
  actor: 'Actor',
  recipient: 'Recipient',
  dueBody: 'Due body',
  dueSession: 'Due session',
  dueDate: 'Due date',
  recurrence: 'Recurrence',
  agendaItemTitle: 'Agenda item',
  quote: 'Clause',
  paragraphRef: 'Paragraph',
  confidence: 'Confidence',
  // document links
  relation: 'Relation',
  evidenceNote: 'Evidence',
  evidenceParagraph: 'Evidence paragraph',
  origin: 'Origin',
  // resolutions and documents
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
  issuedOn: 'Issued on',
  // sessions
  number: 'Number',
  opensOn: 'Opens on',
  closesOn: 'Closes on',
  // notes
  text: 'Text',
};

/** Values with a label of their own; which list depends on the entity, since `kind` names an obligation's or a document's. */
const OBLIGATION_VALUE_LABELS: Record<string, Record<string, string>> = {
  status: OBLIGATION_STATUS_LABELS,
  reviewState: REVIEW_STATE_LABELS,
  kind: OBLIGATION_KIND_LABELS,
  strength: OBLIGATION_STRENGTH_LABELS,
  dueBody: BODY_LABELS,
  relation: LINK_RELATION_LABELS,
  origin: LINK_ORIGIN_LABELS,
  body: BODY_LABELS,
  sourceFormat: SOURCE_FORMAT_LABELS,
};
const DOCUMENT_VALUE_LABELS: Record<string, Record<string, string>> = { ...OBLIGATION_VALUE_LABELS, kind: DOCUMENT_KIND_LABELS };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/;

/** "2027-09-07" (or the midnight timestamp Prisma stores a day as) → "7 Sep 2027": the admin's one way of writing a day. */
export function formatDay(value: string): string {
  const match = DAY.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A value as people say it: its English label, a day as "7 Sep 2027", nothing as "—". */
export function formatAuditValue(field: string, value: unknown, entityType = 'Obligation'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    const labels = (entityType === 'Document' ? DOCUMENT_VALUE_LABELS : OBLIGATION_VALUE_LABELS)[field];
    if (labels) return labelOf(labels, value);
    return DAY.test(value) ? formatDay(value) : value;
  }
  if (field === 'confidence' && typeof value === 'number') return `${Math.round(value * 100)} %`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** One field a change touched, in words. */
export interface FieldChangeInWords {
  /** The code name, for clients that need to match; never shown. */
  field: string;
  label: string;
  before: string;
  after: string;
}

type JsonRecord = Record<string, unknown> | null | undefined;

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The described fields whose values differ between two recorded states, in the order of AUDITED_FIELD_LABELS. */
export function changedFieldsInWords(
  before: JsonRecord | unknown,
  after: JsonRecord | unknown,
  entityType = 'Obligation',
): FieldChangeInWords[] {
  const was = asRecord(before);
  const is = asRecord(after);
  return Object.keys(AUDITED_FIELD_LABELS)
    .filter((field) => (field in was || field in is) && JSON.stringify(was[field] ?? null) !== JSON.stringify(is[field] ?? null))
    .map((field) => ({
      field,
      label: AUDITED_FIELD_LABELS[field] as string,
      before: formatAuditValue(field, was[field], entityType),
      after: formatAuditValue(field, is[field], entityType),
    }));
}

/** "Status: Pending → In progress; Focal point: — → Jane Smith". */
export function changesSentence(changes: FieldChangeInWords[]): string {
  return changes.map((change) => `${change.label}: ${change.before} → ${change.after}`).join('; ');
}
