import type { ExportManifest } from '@mandate-tracker/contracts';

export type CellType = 'text' | 'number' | 'date' | 'datetime';
export type CellValue = string | number | Date | null;

export interface ExportColumn<R> {
  header: string;
  type: CellType;
  /** Width in characters, for the workbook and the PDF. */
  width: number;
  value: (row: R) => CellValue;
  /** false: left out of the PDF's table, which has a page's width only. */
  pdf?: false;
}

/** One table of an export: its columns and its rows, a batch at a time, so no export holds every row. */
export interface ExportTable<R = unknown> {
  name: string;
  columns: ExportColumn<R>[];
  batches: () => AsyncIterable<R[]>;
  /** Left out of the PDF summary (a figures table repeats the charts). */
  pdf?: boolean;
}

/** What a PDF shows before the table: totals and a chart. */
export interface ExportSummary {
  lines: string[];
  chart?: {
    title: string;
    /** Categories along the axis and, for each series, one value per category. */
    categories: string[];
    series: { name: string; values: number[]; color: string }[];
  };
}

export interface ExportSource {
  title: string;
  /** The filter in words, for the manifest. */
  scope: string;
  tables: ExportTable<never>[];
  summary?: () => Promise<ExportSummary>;
}

export type ManifestDraft = Omit<ExportManifest, 'tables'>;

/** A writer streams the tables into `out` and answers, per table, its row count and data hash. */
export type ExportWriter = (source: ExportSource, draft: ManifestDraft, out: NodeJS.WritableStream) => Promise<ExportManifest['tables']>;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe,
 * which Excel and LibreOffice show as text: a clause or a name typed by someone cannot become a command (CSV
 * injection, OWASP). Numbers are written as numbers and are not touched.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as canonical text: the CSV export's, and what the manifest's data hash covers. */
export function cellText(value: CellValue, type: CellType): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'number') return String(value);
  return neutralise(value);
}

/** A cell typed for the workbook: dates as dates (midnight UTC), numbers as numbers, text as text. */
export function cellValue(value: CellValue, type: CellType): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') {
    const date = new Date(type === 'date' && value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return value;
}
