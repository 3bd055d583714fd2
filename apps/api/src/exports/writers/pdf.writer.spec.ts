import { Writable } from 'node:stream';
import { PDF_TABLE_ROWS, printable, writePdf } from './pdf.writer';
import type { ExportTable } from '../export-table';

describe('writePdf', () => {
  it('prints up to its limit of rows and counts and hashes them all', async () => {
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
      batches: async function* () {
        yield rows;
      },
    };
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
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
    expect(bytes).toBeGreaterThan(10_000);
  });

  it('spells what the standard fonts cannot print', () => {
    expect(printable('Status: Pending → In progress — Café')).toBe('Status: Pending -> In progress — Café');
    expect(printable('名前')).toBe('??');
  });
});
