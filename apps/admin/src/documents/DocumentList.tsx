import { CreateButton, FilterButton, List, SearchInput, SelectField, SelectInput, SimpleList, TextField, TopToolbar } from 'react-admin';
import { DOCUMENT_KIND_LABELS, type DocumentView } from '@mandate-tracker/contracts';
import { formatDay } from '../dates';
import { RecordRows } from '../layout/RecordRows';
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
    <RecordRows
      rowClick="show"
      bulkActionButtons={false}
      compact={
        <SimpleList<DocumentView>
          rowClick="show"
          primaryText={(d) => d.symbol}
          secondaryText={(d) => d.title ?? DOCUMENT_KIND_LABELS[d.kind]}
          tertiaryText={(d) => (d.issuedOn ? formatDay(d.issuedOn) : '')}
        />
      }
    >
      <TextField source="symbol" />
      <SelectField source="kind" choices={DOCUMENT_KIND_CHOICES} sortable={false} />
      <TextField source="title" emptyText="—" sortable={false} />
      <FormattedDateField source="issuedOn" emptyText="—" />
    </RecordRows>
  </List>
);
