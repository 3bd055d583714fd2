import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, useNotify } from 'react-admin';
import { callApi } from '../providers/httpClient';
import { splitAroundClause } from '../text/splitAroundClause';
import { decisionProblems, ObligationReview } from './ObligationReview';
import type { CommitOutcome, ImportFilePreviewView, ObligationDecision } from '@mandate-tracker/contracts';

/** What a re-import would change, in words. */
const ExistingBanner = ({ existing }: { existing: NonNullable<ImportFilePreviewView['existing']> }) => {
  if (existing.outcome === 'unchanged')
    return <Alert severity="info">Already imported with exactly this text: saving changes nothing.</Alert>;
  const { added, removed, updated, keptReviewed } = existing.obligations;
  return (
    <Alert severity="warning">
      A new version of a resolution already imported.
      {existing.changedFields.map((change) => (
        <div key={change.field}>
          {change.field}: {String(change.before ?? '—')} → {String(change.after ?? '—')}
        </div>
      ))}
      <div>
        Obligations: {added.length} new, {updated.length} changed, {removed.length} gone; {keptReviewed.length} already reviewed by people
        are kept as they are.
      </div>
    </Alert>
  );
};

/** What the commit did beyond the resolution itself: each follow-up link it made, as people cite them. */
const LinksMade = ({ outcome }: { outcome: CommitOutcome }) => {
  if (outcome.outcome === 'unchanged') return null;
  if (outcome.linksMade.length === 0) return <Typography variant="body2">No follow-up links made.</Typography>;
  return (
    <Box component="section" aria-label="Follow-up links made" sx={{ mt: 1 }}>
      <Typography variant="subtitle2" component="h3">
        Follow-up links made ({outcome.linksMade.length}), to review on each obligation
      </Typography>
      <ul>
        {outcome.linksMade.map((link) => (
          <li key={`${link.obligationId}-${link.document}`}>
            <Link to={`/obligations/${link.obligationId}/show`}>{link.obligation}</Link> ← {link.document}: {link.evidence}
          </li>
        ))}
      </ul>
    </Box>
  );
};

/** The resolution as parsed, each obligation marked in its paragraph with its review controls. */
export const PreviewCard = ({ preview, onSaved }: { preview: ImportFilePreviewView; onSaved: (outcome: CommitOutcome) => void }) => {
  const notify = useNotify();
  const [decisions, setDecisions] = useState<Record<string, ObligationDecision>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<CommitOutcome>();
  const byParagraph = new Map<string, ImportFilePreviewView['obligations']>();
  for (const obligation of preview.obligations)
    byParagraph.set(obligation.paragraphEId, [...(byParagraph.get(obligation.paragraphEId) ?? []), obligation]);

  const save = async () => {
    setSaving(true);
    try {
      const outcome = await callApi<CommitOutcome>('/imports/commit', {
        method: 'POST',
        body: JSON.stringify({ text: preview.text, obligations: Object.values(decisions) }),
      });
      setSaved(outcome);
      onSaved(outcome);
      notify(`${outcome.symbol}: ${outcome.outcome}`, { type: 'success' });
    } catch (error) {
      notify((error as { body?: { message?: string } }).body?.message ?? 'Not saved', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  const { resolution } = preview;
  const unfinished = Object.values(decisions).filter((decision) => decisionProblems(decision).length > 0).length;
  return (
    <Card sx={{ mb: 2 }} aria-label={`Preview of ${resolution.symbol}`}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {resolution.symbol} — {resolution.title}
        </Typography>
        <Typography variant="body2" gutterBottom>
          {preview.filename}; session {resolution.sessionNumber ?? '—'}; adopted {resolution.adoptedOn ?? 'date not found'};{' '}
          {preview.obligations.length} obligations; recalls {preview.recalls.length}
        </Typography>
        {preview.existing && <ExistingBanner existing={preview.existing} />}
        {preview.warnings.map((warning) => (
          <Alert key={`${warning.code}-${warning.message}`} severity="warning" sx={{ mt: 1 }}>
            {warning.message}
          </Alert>
        ))}
        <Box sx={{ mt: 2 }}>
          {preview.paragraphs
            .filter((paragraph) => byParagraph.has(paragraph.eId))
            .map((paragraph) => (
              <Box key={paragraph.eId} sx={{ mb: 2, pl: 2, borderLeft: 4, borderColor: 'primary.light' }}>
                {(byParagraph.get(paragraph.eId) ?? []).map((obligation) => {
                  const parts = splitAroundClause(paragraph.text, obligation.quote);
                  return (
                    <Box key={obligation.eId}>
                      <Typography variant="body2">
                        <strong>{paragraph.ref}.</strong>{' '}
                        {parts ? (
                          <>
                            {parts[0]}
                            <mark>{parts[1]}</mark>
                            {parts[2]}
                          </>
                        ) : (
                          <mark>{obligation.quote}</mark>
                        )}
                      </Typography>
                      <ObligationReview
                        obligation={obligation}
                        decision={decisions[obligation.eId] ?? { eId: obligation.eId }}
                        onChange={(decision) => setDecisions((current) => ({ ...current, [obligation.eId]: decision }))}
                      />
                    </Box>
                  );
                })}
              </Box>
            ))}
        </Box>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" disabled={saving || saved !== undefined || unfinished > 0} onClick={save}>
            Save {resolution.symbol}
          </Button>
          {unfinished > 0 && (
            <Typography variant="body2" color="error">
              Put right the fields marked in red before saving.
            </Typography>
          )}
          {saved && (
            <>
              <Chip color="success" label={saved.outcome} />
              <Link to={`/resolutions/${saved.resolutionId}/show`}>Open {saved.symbol}</Link>
            </>
          )}
        </Stack>
        {saved && <LinksMade outcome={saved} />}
      </CardContent>
    </Card>
  );
};
