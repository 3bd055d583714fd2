import {
  BooleanField,
  FilterButton,
  FunctionField,
  List,
  NullableBooleanInput,
  NumberField,
  NumberInput,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  TextInput,
  TopToolbar,
  useUnselectAll,
} from 'react-admin';
import { useEffect, useRef } from 'react';
import { RecordRows } from '../layout/RecordRows';
import { OfficeInput } from '../offices/OfficeInput';
import { ServerExportButton } from '../exports/ServerExportButton';
import { FormattedDateField } from '../FormattedDateField';
import { formatDay, SESSION_NUMBER } from '../dates';
import { BODY_CHOICES, KIND_CHOICES, REVIEW_CHOICES, STATUS_CHOICES, STRENGTH_CHOICES } from '../enumChoices';
import { ObligationPresets } from './ObligationPresets';
import { VersionedBulkUpdateButton } from './VersionedBulkUpdateButton';
import { OBLIGATION_KIND_LABELS, OBLIGATION_STATUS_LABELS, type ObligationView } from '@mandate-tracker/contracts';
import { SubscribeButton } from './SubscribeButton';

const obligationFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Words in the clause" />,
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} />,
  <SelectInput key="strength" source="strength" choices={STRENGTH_CHOICES} />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} />,
  <NullableBooleanInput key="overdue" source="overdue" />,
  <SelectInput key="reviewState" source="reviewState" choices={REVIEW_CHOICES} />,
  <TextInput key="actor" source="actor" />,
  <OfficeInput key="responsibleOffice" source="responsibleOffice" />,
  <SelectInput key="dueBody" source="dueBody" choices={BODY_CHOICES} />,
  <NumberInput key="dueSession" source="dueSession" min={1} />,
  <NumberInput key="dueSessionFrom" source="dueSessionFrom" min={1} />,
  <NumberInput key="dueSessionTo" source="dueSessionTo" min={1} />,
  <ReferenceInput key="resolutionId" source="resolutionId" reference="resolutions">
    <AutocompleteInput optionText="symbol" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="series" source="series" reference="resolutions">
    <AutocompleteInput optionText="symbol" filterToQuery={(q: string) => ({ q })} helperText="Any resolution of the series" />
  </ReferenceInput>,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <SubscribeButton />
    <ServerExportButton what="obligations" />
  </TopToolbar>
);

/** The agenda item column: an item's own title, or for a report the item it is expected under. */
const agendaItemOf = (o: ObligationView): string => o.agendaItemTitle ?? (o.expectedUnderItem ? `under ${o.expectedUnderItem}` : '');

const BulkActions = () => (
  <>
    <VersionedBulkUpdateButton label="Mark in progress" data={{ status: 'IN_PROGRESS' }} mutationMode="pessimistic" />
    <VersionedBulkUpdateButton label="Mark submitted" data={{ status: 'SUBMITTED' }} mutationMode="pessimistic" />
    <VersionedBulkUpdateButton label="Confirm extraction" data={{ reviewState: 'CONFIRMED' }} mutationMode="pessimistic" />
  </>
);

/**
 * A selection belongs to the moment it was made: react-admin keeps it in its store across pages, so a user coming back
 * later would find rows still ticked and a bulk action ready to change records they no longer see. Leaving clears it.
 */
function useSelectionForgottenOnLeaving() {
  const unselectAll = useUnselectAll('obligations');
  const latest = useRef(unselectAll);
  latest.current = unselectAll;
  useEffect(() => () => latest.current(), []);
}

/** A phone's list: the mandate, who must do what, and where it stands. */
const CompactObligations = () => (
  <SimpleList<ObligationView>
    rowClick="show"
    primaryText={(o) => `${o.resolution.symbol}, para. ${o.paragraphRef}`}
    secondaryText={(o) => `${OBLIGATION_KIND_LABELS[o.kind]} · ${o.actor}`}
    tertiaryText={(o) =>
      [OBLIGATION_STATUS_LABELS[o.status], o.overdue ? 'overdue' : '', o.dueDate ? formatDay(o.dueDate) : ''].filter(Boolean).join(' · ')
    }
  />
);

export const ObligationList = () => {
  useSelectionForgottenOnLeaving();
  return (
    <List
      filters={obligationFilters}
      actions={<ListActions />}
      aside={<ObligationPresets />}
      exporter={false}
      sort={{ field: 'dueSession', order: 'ASC' }}
      perPage={25}
    >
      <RecordRows rowClick="show" bulkActionButtons={<BulkActions />} compact={<CompactObligations />}>
        <FunctionField<ObligationView> label="Mandate" render={(o) => `${o.resolution.symbol}, para. ${o.paragraphRef}`} sortable={false} />
        <SelectField source="kind" choices={KIND_CHOICES} />
        <TextField source="actor" />
        <FunctionField<ObligationView> source="agendaItemTitle" render={agendaItemOf} sortable={false} />
        <NumberField source="dueSession" options={SESSION_NUMBER} />
        <FormattedDateField source="dueDate" emptyText="" />
        <SelectField source="status" choices={STATUS_CHOICES} />
        <BooleanField source="overdue" looseValue FalseIcon={null} sortable={false} />
        <BooleanField source="proven" looseValue FalseIcon={null} sortable={false} />
        <SelectField source="reviewState" choices={REVIEW_CHOICES} />
        <TextField source="responsibleOffice" emptyText="—" sortable={false} />
      </RecordRows>
    </List>
  );
};
