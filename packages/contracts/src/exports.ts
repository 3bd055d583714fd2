/** Server-side exports: GET /api/exports/<what>.<format>, streamed, each with a manifest and an audit record. */
export const EXPORT_SUBJECTS = ['obligations', 'compliance', 'audit', 'documents', 'sessions'] as const;
export type ExportSubject = (typeof EXPORT_SUBJECTS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV (Excel, UTF-8)',
  xlsx: 'Excel workbook',
  pdf: 'PDF summary',
};

export const EXPORT_SUBJECT_LABELS: Record<ExportSubject, string> = {
  obligations: 'Obligations',
  compliance: 'Compliance',
  audit: 'Audit log',
  documents: 'Documents',
  sessions: 'Sessions',
};

/** The path of an export, relative to the API root. */
export const exportPath = (what: ExportSubject, format: ExportFormat): string => `/exports/${what}.${format}`;

/** Header naming the export's id in the audit trail, where its manifest is recorded once the file is complete. */
export const EXPORT_ID_HEADER = 'x-export-id';

/** What proves an export's scope and content; in the file (Manifest sheet, PDF last page, CSV trailing lines). */
export interface ExportManifest {
  exportId: string;
  what: ExportSubject;
  format: ExportFormat;
  /** The filter as given, in words and as JSON. */
  scope: string;
  filter: Record<string, unknown>;
  asOf: string | null;
  generatedAt: string;
  generatedBy: string;
  /** Per table: its rows and the SHA-256 of its data as canonical CSV (UTF-8, no BOM, CRLF, header first). */
  tables: { name: string; rows: number; sha256: string }[];
}
