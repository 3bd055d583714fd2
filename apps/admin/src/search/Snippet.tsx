import { Box } from '@mui/material';
import { splitMarks } from './splitMarks';

/** A search snippet with its matched words highlighted; text only, never injected HTML. */
export const Snippet = ({ snippet }: { snippet: string }) => (
  <>
    {splitMarks(snippet).map((part, i) =>
      part.marked ? (
        <Box component="mark" key={i} sx={{ bgcolor: 'warning.light', color: 'inherit', px: 0.25 }}>
          {part.text}
        </Box>
      ) : (
        <span key={i}>{part.text}</span>
      ),
    )}
  </>
);
