import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDITED_ENTITIES,
  AUDITED_ENTITY_LABELS,
  type AuditLogEntryView,
} from '@mandate-tracker/contracts';
import { FilterButton, FunctionField, List, SelectInput, SimpleList, TextField, TextInput, TopToolbar } from 'react-admin';
import { formatMoment } from '../dates';
import { RecordRows } from '../layout/RecordRows';
import { FormattedDateField } from '../FormattedDateField';
import { ServerExportButton } from '../exports/ServerExportButton';
import { DayInput } from '../DayInput';

const filters = [
  <TextInput key="actor" source="actor" label="Who" alwaysOn />,
  <SelectInput
    key="action"
    source="action"
    label="What"
    choices={AUDIT_ACTIONS.map((id) => ({ id, name: AUDIT_ACTION_LABELS[id] }))}
    alwaysOn
  />,
  <SelectInput
    key="entityType"
    source="entityType"
    label="Entity"
    choices={AUDITED_ENTITIES.map((id) => ({ id, name: AUDITED_ENTITY_LABELS[id] }))}
    alwaysOn
  />,
  <TextInput key="resolutionSymbol" source="resolutionSymbol" label="Resolution symbol" />,
  <TextInput key="entityId" source="entityId" label="Entity id" />,
  <DayInput key="from" source="from" label="From" />,
  <DayInput key="to" source="to" label="Until" />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ServerExportButton what="audit" />
  </TopToolbar>
);

/** Every recorded event of every entity, newest first, in words. */
export const AuditLogList = () => (
  <List
    title="Audit log"
    filters={filters}
    actions={<Actions />}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    perPage={50}
    exporter={false}
  >
    <RecordRows
      bulkActionButtons={false}
      rowClick={false}
      compact={
        <SimpleList<AuditLogEntryView>
          rowClick={false}
          primaryText={(e) => `${e.actionLabel}: ${e.exists ? e.subject : `${e.subject} (deleted)`}`}
          secondaryText={(e) => e.summary}
          tertiaryText={(e) => `${formatMoment(e.occurredAt)} · ${e.actor}`}
        />
      }
    >
      <FormattedDateField source="occurredAt" formatter={formatMoment} label="When" />
      <TextField source="actor" label="Who" sortable={false} />
      <TextField source="actionLabel" label="What" sortable={false} />
      <TextField source="entityLabel" label="Entity" sortable={false} />
      <FunctionField<AuditLogEntryView> label="About" sortable={false} render={(e) => (e.exists ? e.subject : `${e.subject} (deleted)`)} />
      <TextField source="summary" label="Changes" sortable={false} />
    </RecordRows>
  </List>
);
