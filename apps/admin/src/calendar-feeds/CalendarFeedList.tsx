import { CALENDAR_FEED_SCOPE_LABELS, type CalendarFeedView } from '@mandate-tracker/contracts';
import { CreateButton, Datagrid, DeleteButton, FunctionField, List, TextField, TopToolbar } from 'react-admin';
import { RotateSecretButton } from './RotateSecretButton';
import { FormattedDateField } from '../FormattedDateField';
import { formatMoment } from '../dates';
import { SubscribeAddress } from './SubscribeAddress';

const describe = (feed: CalendarFeedView): string => {
  if (feed.scope === 'OFFICE') return feed.responsibleOffice ?? '';
  if (feed.scope === 'SESSION') return `${feed.body ?? ''} session ${feed.sessionNumber ?? ''}`;
  return JSON.stringify(feed.filter ?? {});
};

/** Calendar subscriptions: due dates and session openings in Outlook, Google Calendar and the like. */
export const CalendarFeedList = () => (
  <List
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: 'id', order: 'ASC' }}
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="name" />
      <FunctionField<CalendarFeedView> label="Holds" render={(feed) => `${CALENDAR_FEED_SCOPE_LABELS[feed.scope]}: ${describe(feed)}`} />
      <FunctionField label="Subscription address" render={() => <SubscribeAddress />} />
      <FormattedDateField source="createdAt" formatter={formatMoment} />
      <RotateSecretButton />
      <DeleteButton mutationMode="pessimistic" />
    </Datagrid>
  </List>
);
