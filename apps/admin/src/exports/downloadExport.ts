import { EXPORT_ID_HEADER, exportPath, type ExportFormat, type ExportSubject } from '@mandate-tracker/contracts';
import { HttpError } from 'react-admin';
import { API_URL } from '../providers/dataProvider';

export interface ExportQuery {
  filter?: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  asOf?: string;
}

/** The address of a server-side export with the list's filter and sort. */
export function exportUrl(what: ExportSubject, format: ExportFormat, query: ExportQuery = {}): string {
  const params = new URLSearchParams();
  const filter = Object.fromEntries(Object.entries(query.filter ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  if (Object.keys(filter).length > 0) params.set('filter', JSON.stringify(filter));
  if (query.sort?.field) params.set('sort', JSON.stringify([query.sort.field, query.sort.order]));
  if (query.asOf) params.set('asOf', query.asOf);
  const search = params.toString();
  return `${API_URL}${exportPath(what, format)}${search ? `?${search}` : ''}`;
}

const fileNameOf = (disposition: string | null, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/**
 * Asks the API for the file (it streams every row, however many) and hands it to the browser as a download. Sent
 * with the session cookie, so the audit trail records the signed-in user who took it.
 */
export async function downloadExport(what: ExportSubject, format: ExportFormat, query: ExportQuery = {}): Promise<string> {
  const response = await fetch(exportUrl(what, format, query), { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new HttpError(body.message ?? response.statusText, response.status, body);
  }
  const blob = await response.blob();
  const fileName = fileNameOf(response.headers.get('content-disposition'), `${what}.${format}`);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return response.headers.get(EXPORT_ID_HEADER) ?? fileName;
}
