import PDFDocument from 'pdfkit';
import type { ExportColumn, ExportSummary, ExportWriter } from '../export-table';
import type { CellType, CellValue } from '../export-table';
import { manifestLines } from '../manifest-lines';
import { TableDigest } from '../table-digest';

const MARGIN = 36;
/**
 * Rows printed per table (50 pages). The PDF is a summary for a committee or a board: pdfkit lays out some 5,000
 * cells a second, so 100,000 obligations took 50 s of CPU and filled 2,500 pages nobody prints. Past this the PDF
 * says how many rows the table holds and points to the workbook and the CSV; the manifest still counts and hashes
 * every row, so its SHA-256 is the same as theirs.
 */
export const PDF_TABLE_ROWS = 2000;
const ROW_HEIGHT = 11;
const FONT_SIZE = 7;
/** Average width of a Helvetica character at FONT_SIZE, to cut cells without measuring each string. */
const CHAR_WIDTH = FONT_SIZE * 0.55;

/**
 * The standard PDF fonts speak Windows-1252 only: characters outside it (arrows, non-Latin scripts) would print as
 * garbage, so they are spelled or replaced. Embedding a Unicode font is the way to lift this.
 */
export function printable(text: string): string {
  return text.replace(/→/g, '->').replace(/[^\u0020-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u20ac]/g, '?');
}

type Doc = PDFKit.PDFDocument;

function printedText(value: CellValue, type: CellType): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString().slice(0, 16).replace('T', ' ');
  return String(value);
}

function heading(doc: Doc, text: string, size = 14): void {
  doc.font('Helvetica-Bold').fontSize(size).fillColor('black').text(printable(text), { lineGap: 2 });
  doc.font('Helvetica').fontSize(9);
}

function chart(doc: Doc, spec: NonNullable<ExportSummary['chart']>): void {
  const width = doc.page.width - 2 * MARGIN;
  const height = 160;
  const top = doc.y + 18;
  heading(doc, spec.title, 11);
  const max = Math.max(1, ...spec.categories.map((_c, i) => spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)));
  const slot = width / Math.max(spec.categories.length, 1);
  const barWidth = Math.min(40, slot * 0.6);
  doc.fontSize(7);
  spec.categories.forEach((category, i) => {
    let y = top + height;
    for (const series of spec.series) {
      const value = series.values[i] ?? 0;
      const h = (value / max) * height;
      if (h > 0) doc.rect(MARGIN + i * slot + (slot - barWidth) / 2, y - h, barWidth, h).fill(series.color);
      y -= h;
    }
    doc
      .fillColor('black')
      .text(printable(category), MARGIN + i * slot, top + height + 3, { width: slot, align: 'center', lineBreak: false });
  });
  doc
    .moveTo(MARGIN, top + height)
    .lineTo(MARGIN + width, top + height)
    .stroke('#888');
  let x = MARGIN;
  for (const series of spec.series) {
    doc.rect(x, top + height + 16, 8, 8).fill(series.color);
    doc.fillColor('black').text(printable(series.name), x + 11, top + height + 16, { lineBreak: false });
    x += 110;
  }
  doc.x = MARGIN;
  doc.y = top + height + 34;
}

/** Fits the columns to the page: widths in proportion, cells cut to their width. */
function layout(doc: Doc, columns: ExportColumn<never>[]): { x: number; width: number; chars: number }[] {
  const available = doc.page.width - 2 * MARGIN;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  let x = MARGIN;
  return columns.map((column) => {
    const width = (column.width / total) * available;
    const cell = { x, width, chars: Math.max(3, Math.floor((width - 3) / CHAR_WIDTH)) };
    x += width;
    return cell;
  });
}

function row(doc: Doc, cells: { x: number; width: number; chars: number }[], texts: string[], bold = false): void {
  if (doc.y + ROW_HEIGHT > doc.page.height - MARGIN) doc.addPage();
  const y = doc.y;
  doc
    .font(bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(FONT_SIZE)
    .fillColor('black');
  texts.forEach((text, i) => {
    const cell = cells[i];
    if (!cell) return;
    const clean = printable(text.replace(/\s+/g, ' '));
    const cut = clean.length > cell.chars ? clean.slice(0, cell.chars) : clean;
    // No width: pdfkit then writes the run as it is instead of laying it out line by line (ten times faster).
    doc.text(cut, cell.x, y, { lineBreak: false });
  });
  doc.x = MARGIN;
  doc.y = y + ROW_HEIGHT;
}

/**
 * A printable summary for a committee or a board (pdfkit): title and scope, the totals and the chart, then each
 * table's first PDF_TABLE_ROWS rows, page after page as they arrive, and the manifest last.
 */
export const writePdf: ExportWriter = async (source, draft, out) => {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: source.title, Author: draft.generatedBy },
  });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  doc.pipe(out);
  heading(doc, source.title, 16);
  doc.text(printable(`Scope: ${draft.scope}`));
  if (draft.asOf) doc.text(`As of: ${draft.asOf} (end of day, UTC)`);
  doc.text(printable(`Generated ${draft.generatedAt} by ${draft.generatedBy}`));
  doc.moveDown();
  if (source.summary) {
    const summary = await source.summary();
    for (const line of summary.lines) doc.text(printable(line));
    if (summary.chart) chart(doc, summary.chart);
  }
  const tables = [];
  for (const table of source.tables) {
    const digest = new TableDigest(table);
    digest.header();
    const print = table.pdf !== false;
    const columns = table.columns.filter((c) => c.pdf !== false);
    const cells = layout(doc, columns);
    if (print) {
      doc.moveDown();
      heading(doc, table.name, 11);
      row(
        doc,
        cells,
        columns.map((c) => c.header),
        true,
      );
    }
    let printed = 0;
    for await (const batch of table.batches()) {
      digest.batch(batch);
      if (!print) continue;
      // The PDF is read, not opened in a spreadsheet: cells are printed as they are, without the CSV's apostrophe.
      for (const record of batch.slice(0, Math.max(0, PDF_TABLE_ROWS - printed)))
        row(
          doc,
          cells,
          columns.map((c) => printedText(c.value(record), c.type)),
        );
      printed = Math.min(PDF_TABLE_ROWS, printed + batch.length);
    }
    const result = digest.result();
    if (print && result.rows > printed) {
      doc.moveDown();
      doc
        .font('Helvetica-Oblique')
        .fontSize(9)
        .text(
          `The first ${printed.toLocaleString('en')} of ${result.rows.toLocaleString('en')} rows are printed: this PDF is a printable summary. ` +
            'The CSV and XLSX exports of the same filter hold every row; the manifest below counts and hashes them all.',
          MARGIN,
        );
      doc.font('Helvetica');
    }
    tables.push(result);
  }
  doc.addPage();
  heading(doc, 'Manifest', 12);
  doc.font('Helvetica').fontSize(9);
  for (const [label, value] of manifestLines({ ...draft, tables })) doc.text(printable(`${label}: ${value}`));
  doc.end();
  await finished;
  return tables;
};
