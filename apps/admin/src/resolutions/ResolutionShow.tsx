import {
  FunctionField,
  NumberField,
  ReferenceManyField,
  Datagrid,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  UrlField,
  useRecordContext,
  BooleanField,
} from 'react-admin';
import { DayField } from '../DayField';
import { BODY_CHOICES, KIND_CHOICES, REVIEW_CHOICES, SOURCE_FORMAT_CHOICES, STATUS_CHOICES } from '../enumChoices';
import type { ObligationView } from '@mandate-tracker/contracts';
import { SeriesTimeline } from './SeriesTimeline';

/** The imported text keeps its line breaks: it is evidence, shown as received. */
const SourceText = () => {
  const record = useRecordContext<{ sourceText?: string }>();
  if (!record?.sourceText) return null;
  return <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '40rem', overflow: 'auto', fontSize: '0.85rem' }}>{record.sourceText}</pre>;
};

export const ResolutionShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="Summary">
        <TextField source="symbol" />
        <TextField source="title" />
        <SelectField source="body" choices={BODY_CHOICES} />
        <NumberField source="sessionNumber" />
        <TextField source="resolutionNumber" />
        <DayField source="adoptedOn" emptyText="—" />
        <TextField source="meeting" emptyText="—" />
        <TextField source="committeeReport" emptyText="—" />
        <TextField source="agendaItemNumber" emptyText="—" />
        <UrlField source="undocsUrl" target="_blank" rel="noreferrer" />
        <SelectField source="sourceFormat" choices={SOURCE_FORMAT_CHOICES} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Obligations" path="obligations">
        <ReferenceManyField reference="obligations" target="resolutionId" sort={{ field: 'id', order: 'ASC' }} perPage={100}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <FunctionField<ObligationView> label="Paragraph" render={(o) => o.paragraphRef} />
            <SelectField source="kind" choices={KIND_CHOICES} />
            <TextField source="actor" />
            <NumberField source="dueSession" />
            <SelectField source="status" choices={STATUS_CHOICES} />
            <BooleanField source="overdue" looseValue FalseIcon={null} />
            <SelectField source="reviewState" choices={REVIEW_CHOICES} />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Series" path="series">
        <SeriesTimeline />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Text" path="text">
        <SourceText />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
