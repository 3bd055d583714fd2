import { AUDIT_VALUE_LABELS } from '@mandate-tracker/contracts';
import type { DocumentView } from '@mandate-tracker/contracts';
import type { ExportColumn } from '../export-table';

export const DOCUMENT_COLUMNS: ExportColumn<DocumentView>[] = [
  { header: 'Id', type: 'number', width: 8, value: (d) => d.id },
  { header: 'Symbol', type: 'text', width: 20, value: (d) => d.symbol },
  { header: 'Kind', type: 'text', width: 12, value: (d) => AUDIT_VALUE_LABELS[d.kind] ?? d.kind },
  { header: 'Title', type: 'text', width: 50, value: (d) => d.title },
  { header: 'Issued on', type: 'date', width: 12, value: (d) => d.issuedOn },
  { header: 'Public address', type: 'text', width: 36, value: (d) => d.undocsUrl },
];
