import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useEffect, useState } from 'react';
import { useRecordContext } from 'react-admin';
import { callApi } from '../providers/httpClient';
import { formatMoment } from '../dates';
import type { ObligationHistoryEntry, ObligationView } from '@mandate-tracker/contracts';

/** Everything that happened to the obligation, oldest first: who, when, and what in words (the API words it). */
export const HistoryPanel = () => {
  const record = useRecordContext<ObligationView>();
  const [entries, setEntries] = useState<ObligationHistoryEntry[]>([]);
  const id = record?.id;
  const version = record?.version;
  // Links and notes do not change the obligation's version: the panel also reloads when they are written.
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    const reload = () => setRefresh((count) => count + 1);
    window.addEventListener('obligation-history-stale', reload);
    return () => window.removeEventListener('obligation-history-stale', reload);
  }, []);
  useEffect(() => {
    if (id !== undefined) callApi<ObligationHistoryEntry[]>(`/obligations/${id}/history`).then(setEntries, () => setEntries([]));
  }, [id, version, refresh]);
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
        {entries.map((entry) => (
          <TableRow key={`${entry.entityType}-${entry.id}`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoment(entry.occurredAt)}</TableCell>
            <TableCell>{entry.actor}</TableCell>
            <TableCell>{entry.summary}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Tells an open history panel that a link or note was written. */
export const historyIsStale = () => window.dispatchEvent(new Event('obligation-history-stale'));
