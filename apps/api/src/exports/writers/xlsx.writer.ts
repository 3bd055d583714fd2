import ExcelJS from 'exceljs';
import { cellValue, type ExportWriter } from '../export-table';
import { manifestLines } from '../manifest-lines';
import { TableDigest } from '../table-digest';

const NUMBER_FORMATS = { date: 'd mmm yyyy', datetime: 'd mmm yyyy hh:mm' } as const;
/** Excel's limit on a sheet's name. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/**
 * A workbook written row by row with exceljs' streaming writer (rows are committed, not kept): a sheet per table
 * with its header frozen and filters on, dates as dates, then a Manifest sheet with the scope and each table's
 * row count and data hash.
 */
export const writeXlsx: ExportWriter = async (source, draft, out) => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useStyles: true, useSharedStrings: false });
  workbook.creator = draft.generatedBy;
  workbook.created = new Date(draft.generatedAt);
  const tables = [];
  for (const table of source.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column, index) => ({
      key: String(index),
      header: column.header,
      width: column.width,
      style: column.type === 'date' || column.type === 'datetime' ? { numFmt: NUMBER_FORMATS[column.type] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    const digest = new TableDigest(table);
    digest.header();
    for await (const batch of table.batches()) {
      digest.batch(batch);
      for (const row of batch) sheet.addRow(table.columns.map((column) => cellValue(column.value(row), column.type))).commit();
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(digest.rows + 1, 1), column: table.columns.length } };
    sheet.commit();
    tables.push(digest.result());
  }
  const manifest = workbook.addWorksheet('Manifest');
  manifest.columns = [
    { key: 'label', header: 'Manifest', width: 24 },
    { key: 'value', header: '', width: 90 },
  ];
  manifest.getRow(1).font = { bold: true };
  for (const [label, value] of manifestLines({ ...draft, tables })) manifest.addRow({ label, value }).commit();
  manifest.commit();
  await workbook.commit();
  return tables;
};
