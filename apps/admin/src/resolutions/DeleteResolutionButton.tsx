import DeleteIcon from '@mui/icons-material/Delete';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDelete, useNotify, useRecordContext, useRedirect } from 'react-admin';
import type { ResolutionDeletionView, ResolutionView } from '@mandate-tracker/contracts';
import { callApi } from '../providers/httpClient';

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The lines of the warning: only what there is, so an empty resolution says it takes nothing with it. */
export function whatGoes(preview: ResolutionDeletionView): string[] {
  const lines: string[] = [];
  if (preview.paragraphs > 0) lines.push(counted(preview.paragraphs, 'paragraph', 'paragraphs'));
  if (preview.obligations > 0) {
    const followed = preview.obligationsFollowedUp > 0 ? `, ${preview.obligationsFollowedUp} of them already followed up` : '';
    lines.push(`${counted(preview.obligations, 'obligation', 'obligations')}${followed}`);
  }
  if (preview.notes > 0) lines.push(counted(preview.notes, 'note', 'notes'));
  if (preview.documentLinks > 0) lines.push(counted(preview.documentLinks, 'link to a document', 'links to documents'));
  if (preview.evidenceLinks > 0) {
    lines.push(`${counted(preview.evidenceLinks, 'link', 'links')} of other resolutions' obligations that cite it as evidence`);
  }
  return lines;
}

/**
 * Deleting a resolution takes its paragraphs, obligations, notes and links with it: the dialog says what, counted
 * by the API just before, and only then offers to delete.
 */
export const DeleteResolutionButton = () => {
  const record = useRecordContext<ResolutionView>();
  const { canAccess } = useCanAccess({ resource: 'resolutions', action: 'delete' });
  const [preview, setPreview] = useState<ResolutionDeletionView | null>(null);
  // Kept apart from the preview, so a closing dialog keeps its words: while it fades out, its button must not read
  // "Delete" alone, nor delete anything.
  const [shown, setShown] = useState(false);
  const [deleteOne, { isPending }] = useDelete();
  const notify = useNotify();
  const redirect = useRedirect();
  if (!record || !canAccess) return null;
  const open = () =>
    callApi<ResolutionDeletionView>(`/resolutions/${record.id}/deletion`).then(
      (loaded) => {
        setPreview(loaded);
        setShown(true);
      },
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  const confirm = () =>
    deleteOne(
      'resolutions',
      { id: record.id, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setShown(false);
          notify(`${record.symbol} deleted`, { type: 'info' });
          redirect('list', 'resolutions');
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  const lines = preview ? whatGoes(preview) : [];
  return (
    <>
      <Button color="error" size="small" startIcon={<DeleteIcon />} onClick={() => void open()}>
        Delete
      </Button>
      <Dialog open={shown} onClose={() => setShown(false)} aria-labelledby="delete-resolution-title">
        <DialogTitle id="delete-resolution-title">Delete {preview?.symbol}?</DialogTitle>
        <DialogContent>
          {lines.length === 0 ? (
            <Typography variant="body2">Nothing else goes with it.</Typography>
          ) : (
            <>
              <Typography variant="body2">These go with it and cannot be brought back (the audit log keeps a record):</Typography>
              <List dense aria-label="What goes with it">
                {lines.map((line) => (
                  <ListItem key={line}>{line}</ListItem>
                ))}
              </List>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setShown(false)}>Keep it</Button>
          <Button color="error" variant="contained" disabled={isPending || !shown} onClick={confirm}>
            Delete {preview?.symbol}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
