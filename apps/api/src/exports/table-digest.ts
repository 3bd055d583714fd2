import { createHash, type Hash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { cellText, type ExportTable } from './export-table';

/** How a table is written as canonical CSV: the CSV export's body, and what the manifest's SHA-256 covers. */
export const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ } as const;

/**
 * Renders a table's rows as canonical CSV (UTF-8, CRLF, header first, no BOM) and hashes them as they pass: every
 * format of one export carries the same SHA-256 for the same data, and an auditor can check a CSV file's with
 * any sha256 tool on its data lines.
 */
export class TableDigest {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  constructor(private readonly table: ExportTable<never>) {}

  header(): string {
    const text = stringify([this.table.columns.map((c) => c.header)], CSV_OPTIONS);
    this.hash.update(text, 'utf8');
    return text;
  }

  /** The batch as CSV text, counted and hashed. */
  batch(rows: readonly never[]): string {
    const text = stringify(
      rows.map((row) => this.table.columns.map((column) => cellText(column.value(row), column.type))),
      CSV_OPTIONS,
    );
    this.rows += rows.length;
    this.hash.update(text, 'utf8');
    return text;
  }

  result(): { name: string; rows: number; sha256: string } {
    return { name: this.table.name, rows: this.rows, sha256: this.hash.digest('hex') };
  }
}
