import type { AuditLogEntryView } from '@mandate-tracker/contracts';
import type { ExportColumn } from '../export-table';

export const AUDIT_COLUMNS: ExportColumn<AuditLogEntryView>[] = [
  { header: 'Event', type: 'number', width: 10, value: (e) => Number(e.id) },
  { header: 'When', type: 'datetime', width: 18, value: (e) => e.occurredAt },
  { header: 'Who', type: 'text', width: 16, value: (e) => e.actor },
  { header: 'What', type: 'text', width: 10, value: (e) => e.actionLabel },
  { header: 'Entity', type: 'text', width: 14, value: (e) => e.entityLabel },
  { header: 'Entity id', type: 'text', width: 9, value: (e) => e.entityId },
  { header: 'About', type: 'text', width: 30, value: (e) => e.subject },
  { header: 'Still exists', type: 'text', width: 8, value: (e) => (e.exists ? 'Yes' : 'No') },
  { header: 'Changes', type: 'text', width: 80, value: (e) => e.summary },
];
