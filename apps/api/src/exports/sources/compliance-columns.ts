import {
  AUDIT_VALUE_LABELS,
  COMPLIANCE_OUTCOME_LABELS,
  MET_EVIDENCE_LABELS,
  type ComplianceFigure,
  type ComplianceRowView,
} from '@mandate-tracker/contracts';
import type { ExportColumn } from '../export-table';

const words = (code: string | null) => (code === null ? null : (AUDIT_VALUE_LABELS[code] ?? code));

export const COMPLIANCE_COLUMNS: ExportColumn<ComplianceRowView>[] = [
  { header: 'Obligation', type: 'number', width: 9, value: (r) => r.id },
  { header: 'Resolution', type: 'text', width: 16, value: (r) => r.resolutionSymbol },
  { header: 'Resolution title', type: 'text', width: 34, pdf: false, value: (r) => r.resolutionTitle },
  { header: 'Session', type: 'number', width: 8, pdf: false, value: (r) => r.session },
  { header: 'Paragraph', type: 'text', width: 9, value: (r) => r.paragraphRef },
  { header: 'Kind', type: 'text', width: 12, value: (r) => words(r.kind) },
  { header: 'Actor', type: 'text', width: 22, value: (r) => r.actor },
  { header: 'Responsible office', type: 'text', width: 16, pdf: false, value: (r) => r.responsibleOffice },
  { header: 'Due session', type: 'number', width: 9, value: (r) => r.dueSession },
  { header: 'Fell due on', type: 'date', width: 12, value: (r) => r.dueOn },
  { header: 'Status then', type: 'text', width: 12, pdf: false, value: (r) => words(r.status) },
  { header: 'Outcome', type: 'text', width: 16, value: (r) => COMPLIANCE_OUTCOME_LABELS[r.outcome] },
  { header: 'Days late', type: 'number', width: 8, value: (r) => r.daysLate },
  { header: 'Met on', type: 'date', width: 12, value: (r) => r.metOn },
  { header: 'Met by', type: 'text', width: 18, pdf: false, value: (r) => (r.metBy ? MET_EVIDENCE_LABELS[r.metBy] : null) },
  { header: 'Documents', type: 'text', width: 20, value: (r) => r.documents.map((d) => d.symbol).join('; ') || null },
  { header: 'Reason', type: 'text', width: 20, pdf: false, value: (r) => r.statusReason },
  { header: 'Evidence', type: 'text', width: 70, value: (r) => r.evidence },
];

export type FigureRow = ComplianceFigure & { grouping: string };

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export const FIGURE_COLUMNS: ExportColumn<FigureRow>[] = [
  { header: 'By', type: 'text', width: 10, value: (f) => f.grouping },
  { header: 'Group', type: 'text', width: 30, value: (f) => f.label },
  { header: 'Obligations', type: 'number', width: 11, value: (f) => f.total },
  { header: 'Met on time', type: 'number', width: 11, value: (f) => f.metOnTime },
  { header: 'Met late', type: 'number', width: 9, value: (f) => f.metLate },
  { header: 'Overdue', type: 'number', width: 9, value: (f) => f.overdue },
  { header: 'On-time rate (%)', type: 'number', width: 14, value: (f) => percent(f.onTimeRate) },
  { header: 'Average delay (days)', type: 'number', width: 16, value: (f) => f.averageDelayDays },
];
