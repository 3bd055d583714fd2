import EditIcon from '@mui/icons-material/Edit';
import { Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useUpdate } from 'react-admin';
import type { ObligationView } from '@mandate-tracker/contracts';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';

/**
 * One follow-up field of the obligation (its office, its focal point) shown as text and set where it is shown:
 * a pencil opens a box, Enter or Save sends it with the version read, Escape or Cancel leaves it as it was.
 * Kept apart from the page so the office picker can take the office's place without touching the rest.
 */
export const InPlaceText = ({ source, label }: { source: 'responsibleOffice' | 'focalPoint'; label: string }) => {
  const record = useRecordContext<ObligationView>();
  const { canAccess } = useCanAccess({ resource: 'obligations', action: 'edit' });
  const [draft, setDraft] = useState<string | null>(null);
  const [update, { isPending }] = useUpdate();
  const onError = useStaleVersionHandler();
  if (!record) return null;
  const current = record[source] ?? '';
  const save = () => {
    if (draft === null) return;
    const value = draft.trim() || null;
    if (value === (record[source] ?? null)) return setDraft(null);
    update(
      'obligations',
      { id: record.id, data: { [source]: value, version: record.version }, previousData: record },
      { mutationMode: 'pessimistic', onSuccess: () => setDraft(null), onError },
    );
  };
  if (draft !== null) {
    return (
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          size="small"
          label={label}
          value={draft}
          autoFocus
          disabled={isPending}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save();
            if (event.key === 'Escape') setDraft(null);
          }}
        />
        <Button size="small" variant="contained" disabled={isPending} onClick={save} aria-label={`Save ${label.toLowerCase()}`}>
          Save
        </Button>
        <Button size="small" disabled={isPending} onClick={() => setDraft(null)}>
          Cancel
        </Button>
      </Stack>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography variant="body2">{current || '—'}</Typography>
      {canAccess && (
        <IconButton size="small" aria-label={`Set ${label.toLowerCase()}`} onClick={() => setDraft(current)}>
          <EditIcon fontSize="inherit" />
        </IconButton>
      )}
    </Stack>
  );
};
