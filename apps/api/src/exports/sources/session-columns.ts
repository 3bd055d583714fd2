import { AUDIT_VALUE_LABELS } from '@mandate-tracker/contracts';
import type { SessionView } from '@mandate-tracker/contracts';
import type { ExportColumn } from '../export-table';

export const SESSION_COLUMNS: ExportColumn<SessionView>[] = [
  { header: 'Id', type: 'number', width: 8, value: (s) => s.id },
  { header: 'Body', type: 'text', width: 26, value: (s) => AUDIT_VALUE_LABELS[s.body] ?? s.body },
  { header: 'Session', type: 'number', width: 9, value: (s) => s.number },
  { header: 'Opens on', type: 'date', width: 12, value: (s) => s.opensOn },
  { header: 'Closes on', type: 'date', width: 12, value: (s) => s.closesOn },
];
