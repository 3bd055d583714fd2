import {
  CreateButton,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  NumberInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import type { ResolutionSummary } from '@mandate-tracker/contracts';
import { FormattedDateField } from '../FormattedDateField';
import { RecordRows } from '../layout/RecordRows';
import { formatDay, SESSION_NUMBER } from '../dates';
import { BODY_CHOICES } from '../enumChoices';
import { DayInput } from '../DayInput';

const resolutionFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Symbol or title" />,
  <SelectInput key="body" source="body" choices={BODY_CHOICES} />,
  <NumberInput key="sessionNumber" source="sessionNumber" min={1} />,
  <TextInput key="agendaItemNumber" source="agendaItemNumber" />,
  <DayInput key="adoptedFrom" source="adoptedFrom" />,
  <DayInput key="adoptedTo" source="adoptedTo" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export const ResolutionList = () => (
  <List filters={resolutionFilters} actions={<ListActions />} sort={{ field: 'adoptedOn', order: 'DESC' }} perPage={25}>
    <RecordRows
      rowClick="show"
      bulkActionButtons={false}
      compact={
        <SimpleList<ResolutionSummary>
          rowClick="show"
          primaryText={(r) => r.symbol}
          secondaryText={(r) => r.title}
          tertiaryText={(r) => (r.adoptedOn ? formatDay(r.adoptedOn) : '')}
        />
      }
    >
      <TextField source="symbol" />
      <TextField source="title" />
      <SelectField source="body" choices={BODY_CHOICES} sortable={false} />
      <NumberField source="sessionNumber" options={SESSION_NUMBER} />
      <FormattedDateField source="adoptedOn" />
      <TextField source="agendaItemNumber" sortable={false} />
    </RecordRows>
  </List>
);
