import type { ExportWriter } from '../export-table';
import { manifestLines } from '../manifest-lines';
import { TableDigest } from '../table-digest';
import { write } from './backpressure';

const BOM = '\uFEFF';

/**
 * CSV for Excel: UTF-8 with a byte order mark, CRLF, the first table only (a CSV holds one). The manifest follows
 * the data as lines starting with `#`, which CSV readers skip as comments (csv-parse's `comment: '#'`); the data
 * hash covers the lines before them.
 */
export const writeCsv: ExportWriter = async (source, draft, out) => {
  const table = source.tables[0];
  if (!table) throw new Error(`export ${draft.what} has no table`);
  const digest = new TableDigest(table);
  await write(out, BOM + digest.header());
  for await (const batch of table.batches()) await write(out, digest.batch(batch));
  const tables = [digest.result()];
  const trailer = manifestLines({ ...draft, tables })
    .map(([label, value]) => `# ${label}: ${value.replace(/[\r\n]+/g, ' ')}\r\n`)
    .join('');
  await write(out, trailer);
  out.end();
  return tables;
};
