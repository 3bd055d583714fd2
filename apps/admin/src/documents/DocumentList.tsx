import { CreateButton, Datagrid, FilterButton, List, SearchInput, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { FormattedDateField } from '../FormattedDateField';
import { ServerExportButton } from '../exports/ServerExportButton';
import { DOCUMENT_KIND_CHOICES } from '../enumChoices';

const documentFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Symbol or title" />,
  <SelectInput key="kind" source="kind" choices={DOCUMENT_KIND_CHOICES} />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ServerExportButton what="documents" />
  </TopToolbar>
);

export const DocumentList = () => (
  <List filters={documentFilters} actions={<ListActions />} sort={{ field: 'symbol', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="symbol" />
      <SelectField source="kind" choices={DOCUMENT_KIND_CHOICES} sortable={false} />
      <TextField source="title" emptyText="—" sortable={false} />
      <FormattedDateField source="issuedOn" emptyText="—" />
    </Datagrid>
  </List>
);
