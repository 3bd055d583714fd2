import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { IconButton, Stack, Tooltip, Typography } from '@mui/material';
import type { CalendarFeedView } from '@mandate-tracker/contracts';
import { useNotify, useRecordContext } from 'react-admin';

/** The full address a calendar program subscribes to; webcal:// opens the subscription dialog of most programs. */
export const feedAddress = (feed: Pick<CalendarFeedView, 'path'>): string => `${window.location.origin}${feed.path}`;

export const SubscribeAddress = () => {
  const feed = useRecordContext<CalendarFeedView>();
  const notify = useNotify();
  if (!feed) return null;
  const address = feedAddress(feed);
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" component="code" sx={{ wordBreak: 'break-all' }} aria-label="Subscription address">
        {address}
      </Typography>
      <Tooltip title="Copy the address">
        <IconButton
          size="small"
          aria-label="Copy the address"
          onClick={(event) => {
            event.stopPropagation();
            void navigator.clipboard?.writeText(address).then(() => notify('Address copied: paste it into your calendar program'));
          }}
        >
          <ContentCopyIcon fontSize="inherit" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
};
