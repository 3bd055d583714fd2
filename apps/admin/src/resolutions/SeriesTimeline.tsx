import { Link as ExternalLink, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, useRecordContext } from 'react-admin';
import type { SeriesEntry } from '@mandate-tracker/contracts';
import { callApi } from '../providers/httpClient';

/**
 * The resolutions of the series (recalls, and the same agenda item), oldest first; recalled ones not imported yet
 * are shown greyed as *not imported*, with a link to the text on undocs.org.
 */
export const SeriesTimeline = () => {
  const record = useRecordContext<{ id: number }>();
  const [entries, setEntries] = useState<SeriesEntry[]>();
  const id = record?.id;
  useEffect(() => {
    if (id !== undefined) callApi<SeriesEntry[]>(`/resolutions/${id}/series`).then(setEntries, () => setEntries([]));
  }, [id]);
  if (!entries) return null;
  if (entries.length <= 1)
    return (
      <Typography variant="body2">
        This resolution recalls no other resolution, none recalls it, and none other is under its agenda item.
      </Typography>
    );
  // A vertical stepper reads as a timeline: one step per resolution, the one on this page active.
  return (
    <Stepper orientation="vertical" nonLinear activeStep={entries.findIndex((entry) => entry.place === 'this')} aria-label="Series">
      {entries.map((entry) => (
        <Step
          key={entry.symbol}
          role="group"
          aria-label={entry.symbol}
          completed={entry.id !== null && entry.place !== 'this'}
          disabled={entry.id === null}
          expanded
        >
          <StepLabel
            optional={
              entry.sessionNumber ? (
                <Typography variant="caption">
                  session {entry.sessionNumber}
                  {entry.adoptedOn ? `, adopted ${entry.adoptedOn}` : ''}
                </Typography>
              ) : undefined
            }
          >
            {entry.id !== null && entry.place !== 'this' ? <Link to={`/resolutions/${entry.id}/show`}>{entry.symbol}</Link> : entry.symbol}
          </StepLabel>
          <StepContent>
            <Typography variant="body2">
              {entry.imported ? entry.title : <em>not imported</em>}{' '}
              <ExternalLink href={entry.undocsUrl} target="_blank" rel="noopener noreferrer" title={`${entry.symbol} on undocs.org`}>
                undocs.org
              </ExternalLink>
            </Typography>
          </StepContent>
        </Step>
      ))}
    </Stepper>
  );
};
