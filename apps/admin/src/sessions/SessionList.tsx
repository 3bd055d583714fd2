import {
  CreateButton,
  FilterButton,
  List,
  NullableBooleanInput,
  NumberField,
  NumberInput,
  SelectField,
  SelectInput,
  SimpleList,
  TopToolbar,
} from 'react-admin';
import { BODY_LABELS, type SessionView } from '@mandate-tracker/contracts';
import { FormattedDateField } from '../FormattedDateField';
import { RecordRows } from '../layout/RecordRows';
import { formatDay, SESSION_NUMBER } from '../dates';
import { ServerExportButton } from '../exports/ServerExportButton';
import { BODY_CHOICES } from '../enumChoices';

const sessionFilters = [
  <SelectInput key="body" source="body" choices={BODY_CHOICES} alwaysOn />,
  <NumberInput key="number" source="number" min={1} />,
  <NullableBooleanInput key="current" source="current" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ServerExportButton what="sessions" />
  </TopToolbar>
);

export const SessionList = () => (
  <List filters={sessionFilters} actions={<ListActions />} sort={{ field: 'number', order: 'DESC' }} perPage={25}>
    <RecordRows
      rowClick="edit"
      bulkActionButtons={false}
      compact={
        <SimpleList<SessionView>
          rowClick="edit"
          primaryText={(s) => `${BODY_LABELS[s.body]}, session ${s.number}`}
          secondaryText={(s) => `${formatDay(s.opensOn)}${s.closesOn ? ` – ${formatDay(s.closesOn)}` : ''}`}
        />
      }
    >
      <SelectField source="body" choices={BODY_CHOICES} sortable={false} />
      <NumberField source="number" options={SESSION_NUMBER} />
      <FormattedDateField source="opensOn" />
      <FormattedDateField source="closesOn" emptyText="—" sortable={false} />
    </RecordRows>
  </List>
);
