import ExcelJS from 'exceljs';
import { cellValue, type ExportWriter } from '../export-table';
import { manifestLines } from '../manifest-lines';
import { TableDigest } from '../table-digest';

const NUMBER_FORMATS = { date: 'd mmm yyyy', datetime: 'd mmm yyyy hh:mm' } as const;
const ROW_STYLE: Partial<ExcelJS.Style> = {};
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
    // exceljs gives every new row and cell a style object of its own and, without a cached id for that object,
    // renders the style as XML to find its id: the largest single cost of a workbook in a profile. Rows share one
    // object and cells their column's, which exceljs maps to an id once (the same styles in the file; a third less
    // time for the writer alone).
    const styles = table.columns.map((column) =>
      column.type === 'date' || column.type === 'datetime' ? { numFmt: NUMBER_FORMATS[column.type] } : {},
    );
    const digest = new TableDigest(table);
    digest.header();
    for await (const batch of table.batches()) {
      digest.batch(batch);
      for (const row of batch) {
        const added = sheet.addRow(table.columns.map((column) => cellValue(column.value(row), column.type)));
        // Row.style exists at run time (exceljs' typings leave it out).
        (added as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLE;
        for (let i = 0; i < styles.length; i += 1) added.getCell(i + 1).style = styles[i] as Partial<ExcelJS.Style>;
        added.commit();
      }
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
