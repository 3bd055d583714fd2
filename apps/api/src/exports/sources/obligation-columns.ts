import { AUDIT_VALUE_LABELS } from '@mandate-tracker/contracts';
import type { ObligationView } from '@mandate-tracker/contracts';
import type { ExportColumn } from '../export-table';

/** What the columns read of an obligation: its view's fields, and the symbols of the documents linked to it. */
export type ObligationExportRow = Pick<
  ObligationView,
  | 'id'
  | 'paragraphRef'
  | 'kind'
  | 'strength'
  | 'actor'
  | 'agendaItemTitle'
  | 'dueBody'
  | 'dueSession'
  | 'dueDate'
  | 'status'
  | 'statusReason'
  | 'overdue'
  | 'proven'
  | 'reviewState'
  | 'responsibleOffice'
  | 'focalPoint'
  | 'quote'
  | 'updatedAt'
> & { resolution: Pick<ObligationView['resolution'], 'symbol' | 'title'>; documents: string[] };

const words = (code: string | null) => (code === null ? null : (AUDIT_VALUE_LABELS[code] ?? code));
const yes = (flag: boolean) => (flag ? 'Yes' : 'No');

/** The columns people asked for (issue 14): the mandate, who owes it, when, where it stands, what proves it. */
export const OBLIGATION_COLUMNS: ExportColumn<ObligationExportRow>[] = [
  { header: 'Id', type: 'number', width: 8, value: (o) => o.id },
  { header: 'Resolution', type: 'text', width: 16, value: (o) => o.resolution.symbol },
  { header: 'Resolution title', type: 'text', width: 40, pdf: false, value: (o) => o.resolution.title },
  { header: 'Paragraph', type: 'text', width: 10, value: (o) => o.paragraphRef },
  { header: 'Kind', type: 'text', width: 14, value: (o) => words(o.kind) },
  { header: 'Strength', type: 'text', width: 11, pdf: false, value: (o) => words(o.strength) },
  { header: 'Actor', type: 'text', width: 24, value: (o) => o.actor },
  { header: 'Agenda item', type: 'text', width: 30, pdf: false, value: (o) => o.agendaItemTitle },
  { header: 'Due at (body)', type: 'text', width: 18, pdf: false, value: (o) => words(o.dueBody) },
  { header: 'Due session', type: 'number', width: 10, value: (o) => o.dueSession },
  { header: 'Due date', type: 'date', width: 12, value: (o) => o.dueDate },
  { header: 'Status', type: 'text', width: 12, value: (o) => words(o.status) },
  { header: 'Reason', type: 'text', width: 24, pdf: false, value: (o) => o.statusReason },
  { header: 'Overdue', type: 'text', width: 8, value: (o) => yes(o.overdue) },
  { header: 'Fulfilled by a document', type: 'text', width: 10, pdf: false, value: (o) => yes(o.proven) },
  { header: 'Review', type: 'text', width: 12, pdf: false, value: (o) => words(o.reviewState) },
  { header: 'Responsible office', type: 'text', width: 18, value: (o) => o.responsibleOffice },
  { header: 'Focal point', type: 'text', width: 18, pdf: false, value: (o) => o.focalPoint },
  { header: 'Documents linked', type: 'text', width: 24, value: (o) => o.documents.join('; ') || null },
  { header: 'Clause', type: 'text', width: 60, value: (o) => o.quote },
  { header: 'Last changed', type: 'datetime', width: 18, pdf: false, value: (o) => o.updatedAt },
];
