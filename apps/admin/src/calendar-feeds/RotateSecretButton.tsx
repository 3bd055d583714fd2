import LockResetIcon from '@mui/icons-material/LockReset';
import type { CalendarFeedView } from '@mandate-tracker/contracts';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '../providers/httpClient';

/** A new address for the feed: whoever had the old one (a forwarded e-mail, a former colleague) loses it. */
export const RotateSecretButton = () => {
  const feed = useRecordContext<CalendarFeedView>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: (id: number) => callApi<CalendarFeedView>(`/calendar-feeds/${id}/secret`, { method: 'POST' }),
    onSuccess: () => {
      notify('New address made; the old one no longer works');
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!feed) return null;
  return (
    <Button
      label="New address"
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        mutate(feed.id);
      }}
    >
      <LockResetIcon />
    </Button>
  );
};
