import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NullableBooleanInput,
  NumberField,
  NumberInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { FormattedDateField } from '../FormattedDateField';
import { SESSION_NUMBER } from '../dates';
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
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <SelectField source="body" choices={BODY_CHOICES} sortable={false} />
      <NumberField source="number" options={SESSION_NUMBER} />
      <FormattedDateField source="opensOn" />
      <FormattedDateField source="closesOn" emptyText="—" sortable={false} />
    </Datagrid>
  </List>
);
