import { Writable } from 'node:stream';
import { extractText, getDocumentProxy } from 'unpdf';
import { PDF_TABLE_ROWS, printable, writePdf } from './pdf.writer';
import type { ExportTable } from '../export-table';

describe('writePdf', () => {
  it('prints up to its limit of rows, says so, and counts and hashes them all', async () => {
    const rows = Array.from({ length: PDF_TABLE_ROWS + 500 }, (_v, i) => ({
      id: i,
      text: `Requests the Secretary-General to report ${i}`,
    }));
    const table: ExportTable<{ id: number; text: string }> = {
      name: 'Rows',
      columns: [
        { header: 'Id', type: 'number', width: 5, value: (r) => r.id },
        { header: 'Text', type: 'text', width: 50, value: (r) => r.text },
      ],
      // In batches that do not line up with the limit, as the export sources send them: the limit is per table.
      batches: async function* () {
        for (let start = 0; start < rows.length; start += 700) yield rows.slice(start, start + 700);
      },
    };
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    const draft = {
      exportId: 'x',
      what: 'obligations' as const,
      format: 'pdf' as const,
      scope: 'everything',
      filter: {},
      asOf: null,
      generatedAt: '',
      generatedBy: 'me',
    };
    const [result] = await writePdf({ title: 'T', scope: 'everything', tables: [table as unknown as ExportTable<never>] }, draft, sink);
    expect(result?.rows).toBe(PDF_TABLE_ROWS + 500);
    const pdf = Buffer.concat(chunks);
    expect(pdf.length).toBeGreaterThan(10_000);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain(`Requests the Secretary-General to report ${PDF_TABLE_ROWS - 1}`);
    expect(text).not.toContain(`report ${PDF_TABLE_ROWS}`);
    expect(text).not.toContain(`report ${PDF_TABLE_ROWS + 499}`);
    expect(text).toContain(`The first 2,000 of 2,500 rows are printed`);
  });

  it('spells what the standard fonts cannot print', () => {
    expect(printable('Status: Pending → In progress — Café')).toBe('Status: Pending -> In progress — Café');
    expect(printable('名前')).toBe('??');
  });
});
