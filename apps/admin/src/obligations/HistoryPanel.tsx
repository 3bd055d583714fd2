import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useEffect, useState } from 'react';
import { useRecordContext } from 'react-admin';
import { callApi } from '../providers/httpClient';
import type { AuditEventView, ObligationView } from '@mandate-tracker/contracts';

/** The views recorded before and after a change are JSON objects (or absent). */
type AuditEvent = Omit<AuditEventView, 'before' | 'after'> & {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'overdue', 'dueNow', 'allowedStatuses', 'resolution', 'paragraph']);

/** The fields a change touched, "status: PENDING → IN_PROGRESS". */
export function describeChange(event: Pick<AuditEvent, 'action' | 'before' | 'after'>): string {
  if (event.action === 'CREATE') return 'created';
  if (event.action === 'DELETE') return 'deleted';
  const before = event.before ?? {};
  const after = event.after ?? {};
  const changed = Object.keys(after).filter((key) => !IGNORED.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return changed.map((key) => `${key}: ${String(before[key] ?? '—')} → ${String(after[key] ?? '—')}`).join('; ') || 'no visible change';
}

/** Every recorded change, oldest first: who, when, what. */
export const HistoryPanel = () => {
  const record = useRecordContext<ObligationView>();
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const id = record?.id;
  const version = record?.version;
  useEffect(() => {
    if (id !== undefined) callApi<AuditEvent[]>(`/obligations/${id}/history`).then(setEvents, () => setEvents([]));
  }, [id, version]);
  return (
    <Table size="small" aria-label="History">
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Who</TableCell>
          <TableCell>What</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableCell>{new Date(event.occurredAt).toLocaleString('en-GB')}</TableCell>
            <TableCell>{event.actor}</TableCell>
            <TableCell>{describeChange(event)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
