import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { splitAroundClause } from '../text/splitAroundClause';
import type { ObligationView } from '@mandate-tracker/contracts';

export const ClauseInParagraph = () => {
  const record = useRecordContext<ObligationView>();
  if (!record) return null;
  const paragraph = record.paragraph?.text ?? '';
  const parts = splitAroundClause(paragraph, record.quote);
  return (
    <Box component="blockquote" sx={{ m: 0, pl: 2, borderLeft: 4, borderColor: 'primary.light' }}>
      <Typography variant="body2" component="p" aria-label="Operative paragraph">
        <strong>{record.paragraphRef}.</strong>{' '}
        {parts ? (
          <>
            {parts[0]}
            <mark>{parts[1]}</mark>
            {parts[2]}
          </>
        ) : (
          <>
            {paragraph && <>{paragraph} </>}
            <mark>{record.quote}</mark>
          </>
        )}
      </Typography>
    </Box>
  );
};
