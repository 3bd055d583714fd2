import { Box, Button, Chip, Link as MuiLink, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { callApi } from '../providers/httpClient';
import { LINK_ORIGIN_LABELS, LINK_RELATION_LABELS, REVIEW_STATE_LABELS } from '@mandate-tracker/contracts';
import { formatDay } from '../dates';
import { historyIsStale } from './HistoryPanel';
import type { ObligationDetailView, ObligationDocumentView, ObligationView } from '@mandate-tracker/contracts';

const UNDOCS = 'https://undocs.org/en/';

/** The documents that fulfil the obligation: record a symbol when the report is issued, review automatic links. */
export const LinkedDocuments = () => {
  // A row from the list may stand in for the detail until it arrives: documents can be missing.
  const record = useRecordContext<ObligationView & Partial<ObligationDetailView>>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [symbol, setSymbol] = useState('');
  const { canAccess: canEdit } = useCanAccess({ resource: 'obligation-documents', action: 'edit' });
  if (!record) return null;
  const send = (path: string, method: string, body?: object) =>
    callApi(`/obligations/${record.id}/documents${path}`, { method, body: body ? JSON.stringify(body) : undefined })
      .then(() => {
        refresh();
        historyIsStale();
      })
      .catch((error: { status?: number; body?: { error?: string; message?: string } }) => {
        if (error.status === 409 && error.body?.error === 'STALE_VERSION') {
          // Someone reviewed the link since this page was read: show their decision rather than overwrite it.
          notify('Someone else reviewed this link meanwhile; the page now shows their decision.', { type: 'warning' });
          refresh();
          return;
        }
        notify(error.body?.message ?? 'Not saved', { type: 'error' });
      });
  const record_ = async () => {
    await send('', 'POST', { symbol });
    setSymbol('');
  };
  return (
    <Box>
      {(record.documents ?? []).length === 0 && <Typography variant="body2">No document recorded yet.</Typography>}
      {(record.documents ?? []).map((link: ObligationDocumentView) => (
        <Stack key={link.id} direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1, alignItems: 'center' }}>
          <MuiLink href={`${UNDOCS}${link.symbol}`} target="_blank" rel="noreferrer">
            {link.symbol}
          </MuiLink>
          {(link.title || link.issuedOn) && (
            <Typography variant="body2" color="text.secondary">
              {[link.title, link.issuedOn ? formatDay(link.issuedOn) : null].filter(Boolean).join(', ')}
            </Typography>
          )}
          <Chip size="small" label={LINK_RELATION_LABELS[link.relation]} />
          <Chip size="small" variant="outlined" label={LINK_ORIGIN_LABELS[link.origin]} />
          <Chip
            size="small"
            color={link.reviewState === 'CONFIRMED' ? 'success' : link.reviewState === 'REJECTED' ? 'error' : 'warning'}
            label={REVIEW_STATE_LABELS[link.reviewState]}
          />
          {link.evidenceResolutionId !== null && (
            <Link to={`/resolutions/${link.evidenceResolutionId}/show`}>
              evidence{link.evidenceParagraph ? `, para. ${link.evidenceParagraph}` : ''}
            </Link>
          )}
          {canEdit && link.reviewState !== 'CONFIRMED' && (
            <Button size="small" onClick={() => send(`/${link.id}`, 'PATCH', { reviewState: 'CONFIRMED', version: link.version })}>
              Confirm
            </Button>
          )}
          {canEdit && link.reviewState !== 'REJECTED' && (
            <Button size="small" onClick={() => send(`/${link.id}`, 'PATCH', { reviewState: 'REJECTED', version: link.version })}>
              Reject
            </Button>
          )}
          <Button size="small" aria-label={`Remove ${link.symbol}`} onClick={() => send(`/${link.id}`, 'DELETE')}>
            Remove
          </Button>
        </Stack>
      ))}
      {canEdit && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          <TextField
            size="small"
            label="Document symbol"
            helperText="e.g. A/62/307 and Corr.3"
            value={symbol}
            onChange={(event) => setSymbol(event.target.value)}
          />
          <Button variant="outlined" disabled={!symbol.trim()} onClick={record_}>
            Record document
          </Button>
        </Stack>
      )}
    </Box>
  );
};
