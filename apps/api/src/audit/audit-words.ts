import {
  AUDIT_ACTION_LABELS,
  AUDIT_FIELD_LABELS,
  AUDIT_VALUE_LABELS,
  AUDITED_ENTITY_LABELS,
  type AuditAction,
  type AuditFieldChangeView,
  type AuditLogEntryView,
} from '@mandate-tracker/contracts';

/** Bookkeeping and derived fields: they change without anyone changing the record, or repeat another field. */
const HIDDEN = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'overdue',
  'dueNow',
  'proven',
  'allowedStatuses',
  'resolution',
  'paragraph',
  'paragraphId',
  'resolutionId',
  'fulfillingLinks',
  'searchWords',
  'sourceText',
  'undocsUrl',
  'eId',
  'evidenceResolutionId',
  'manifest',
  'filter',
]);

/** What a creation or deletion shows of each entity: enough to recognise it. */
const IDENTIFYING: Record<string, readonly string[]> = {
  Resolution: ['symbol', 'title'],
  Obligation: ['kind', 'actor', 'dueSession', 'dueDate', 'status'],
  ObligationNote: ['text'],
  Document: ['symbol', 'kind', 'issuedOn'],
  ObligationDocument: ['documentId', 'relation', 'reviewState', 'origin', 'evidenceNote'],
  Session: ['body', 'number', 'opensOn', 'closesOn'],
  Export: ['what', 'format', 'scope', 'rows', 'sha256'],
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})(T00:00:00(\.000)?Z)?$/;

/** `7 Sep 2027`, the admin's one date format. */
export function dayInWords(iso: string): string {
  const match = DATE.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

export interface Names {
  /** Document ids to symbols, for links. */
  documents: ReadonlyMap<number, string>;
}

/** A value as people say it: labels for codes, days for dates, — for nothing. */
export function valueInWords(field: string, value: unknown, names: Names): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'documentId' && typeof value === 'number') return names.documents.get(value) ?? `document ${value}`;
  if (typeof value === 'string') {
    if (AUDIT_VALUE_LABELS[value]) return AUDIT_VALUE_LABELS[value];
    if (DATE.test(value)) return dayInWords(value);
    return value.length > 160 ? `${value.slice(0, 157)}…` : value;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function changesOf(
  entityType: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
  names: Names,
): AuditFieldChangeView[] {
  const old = asRecord(before);
  const now = asRecord(after);
  const fields =
    action === 'UPDATE'
      ? [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
          (field) => !HIDDEN.has(field) && JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null),
        )
      : (IDENTIFYING[entityType] ?? Object.keys(action === 'CREATE' ? now : old).filter((f) => !HIDDEN.has(f))).filter(
          (field) => (action === 'CREATE' ? now : old)[field] !== undefined && (action === 'CREATE' ? now : old)[field] !== null,
        );
  return fields.map((field) => ({
    field,
    label: AUDIT_FIELD_LABELS[field] ?? field,
    before: action === 'CREATE' ? null : valueInWords(field, old[field], names),
    after: action === 'DELETE' ? null : valueInWords(field, now[field], names),
  }));
}

/** `Status: Pending → In progress; Focal point: — → Jane Smith`; creations and deletions list what was recorded. */
export function summaryOf(action: AuditAction, changes: readonly AuditFieldChangeView[]): string {
  if (action === 'UPDATE') {
    return changes.length === 0 ? 'No visible change' : changes.map((c) => `${c.label}: ${c.before ?? '—'} → ${c.after ?? '—'}`).join('; ');
  }
  const shown = changes.map((c) => `${c.label}: ${(action === 'CREATE' ? c.after : c.before) ?? '—'}`).join('; ');
  return shown ? `${AUDIT_ACTION_LABELS[action]} (${shown})` : AUDIT_ACTION_LABELS[action];
}

export interface RawEvent {
  id: bigint;
  occurredAt: Date;
  actor: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function toLogEntry(event: RawEvent, subject: { text: string; exists: boolean }, names: Names): AuditLogEntryView {
  const changes = changesOf(event.entityType, event.action, event.before, event.after, names);
  return {
    id: event.id.toString(),
    occurredAt: event.occurredAt.toISOString(),
    actor: event.actor,
    action: event.action,
    actionLabel: AUDIT_ACTION_LABELS[event.action],
    entityType: event.entityType,
    entityLabel: (AUDITED_ENTITY_LABELS as Record<string, string>)[event.entityType] ?? event.entityType,
    entityId: event.entityId,
    subject: subject.text,
    exists: subject.exists,
    changes,
    summary: summaryOf(event.action, changes),
  };
}
