import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { useMutation } from '@tanstack/react-query';
import type { CalendarFeedView } from '@mandate-tracker/contracts';
import { Button, useListContext, useNotify, useRedirect } from 'react-admin';
import { callApi } from '../providers/httpClient';

/** Saves the list's current filter as a calendar feed: its due dates in the officer's calendar program. */
export const SubscribeButton = () => {
  const { filterValues } = useListContext();
  const notify = useNotify();
  const redirect = useRedirect();
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      callApi<CalendarFeedView>('/calendar-feeds', {
        method: 'POST',
        body: JSON.stringify({ name: `Obligations ${JSON.stringify(filterValues)}`, scope: 'OBLIGATION_FILTER', filter: filterValues }),
      }),
    onSuccess: () => {
      notify('Calendar feed saved: copy its address into your calendar program');
      redirect('list', 'calendar-feeds');
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <Button label="Subscribe in a calendar" onClick={() => mutate()} disabled={isPending}>
      <EventRepeatIcon />
    </Button>
  );
};
