import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useCanAccess, useNotify, useRecordContext } from 'react-admin';
import { callApi } from '../providers/httpClient';
import { formatMoment } from '../dates';
import { historyIsStale } from './HistoryPanel';
import type { ObligationNoteView as Note, ObligationView } from '@mandate-tracker/contracts';

/** Notes are added, never edited: they are part of the record of the follow-up. */
export const NotesPanel = () => {
  const record = useRecordContext<ObligationView>();
  const notify = useNotify();
  const [notes, setNotes] = useState<Note[]>([]);
  const [text, setText] = useState('');
  const { canAccess: canWrite } = useCanAccess({ resource: 'obligation-notes', action: 'create' });
  const id = record?.id;
  useEffect(() => {
    if (id !== undefined) callApi<Note[]>(`/obligations/${id}/notes`).then(setNotes, () => setNotes([]));
  }, [id]);
  if (id === undefined) return null;
  const add = async () => {
    try {
      const note = await callApi<Note>(`/obligations/${id}/notes`, { method: 'POST', body: JSON.stringify({ text }) });
      setNotes((current) => [...current, note]);
      setText('');
      historyIsStale();
    } catch (error) {
      notify((error as { body?: { message?: string } }).body?.message ?? 'Note not saved', { type: 'error' });
    }
  };
  return (
    <Box>
      {notes.map((note) => (
        <Typography key={note.id} variant="body2" sx={{ mb: 1 }}>
          <strong>{note.author}</strong> ({formatMoment(note.createdAt)}): {note.text}
        </Typography>
      ))}
      {canWrite && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <TextField size="small" fullWidth label="Add a note" value={text} onChange={(event) => setText(event.target.value)} />
          <Button variant="outlined" disabled={!text.trim()} onClick={add}>
            Add
          </Button>
        </Stack>
      )}
    </Box>
  );
};
