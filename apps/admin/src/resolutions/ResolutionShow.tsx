import {
  EditButton,
  FunctionField,
  NumberField,
  ReferenceManyField,
  Datagrid,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useRecordContext,
  BooleanField,
} from 'react-admin';
import { FormattedDateField } from '../FormattedDateField';
import { BODY_CHOICES, KIND_CHOICES, MAIN_COMMITTEE_CHOICES, REVIEW_CHOICES, SOURCE_FORMAT_CHOICES, STATUS_CHOICES } from '../enumChoices';
import { SESSION_NUMBER } from '../dates';
import type { ObligationView } from '@mandate-tracker/contracts';
import { DeleteResolutionButton } from './DeleteResolutionButton';
import { SeriesTimeline } from './SeriesTimeline';
import type { ReviewClauseView } from '@mandate-tracker/contracts';

/** The imported text keeps its line breaks: it is evidence, shown as received. */
const SourceText = () => {
  const record = useRecordContext<{ sourceText?: string }>();
  if (!record?.sourceText) return null;
  return <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '40rem', overflow: 'auto', fontSize: '0.85rem' }}>{record.sourceText}</pre>;
};

/** Review and sunset clauses, each with its paragraph: what the UN80 mandate review counts. */
// `source` only names the field for the layout's label (resources.resolutions.fields.reviewClauses).
const ReviewClauses = (_props: { source: string }) => {
  const record = useRecordContext<{ reviewClauses?: ReviewClauseView[] }>();
  const clauses = record?.reviewClauses ?? [];
  if (clauses.length === 0) return <span>—</span>;
  return (
    <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
      {clauses.map((c) => (
        <li key={`${c.paragraph}-${c.kind}`}>
          {c.kind === 'SUNSET' ? 'Sunset' : 'Review'}, paragraph {c.paragraph}: {c.quote}
        </li>
      ))}
    </ul>
  );
};

export const ResolutionShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
        <DeleteResolutionButton />
      </TopToolbar>
    }
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="Summary">
        <TextField source="symbol" />
        <TextField source="title" />
        <SelectField source="body" choices={BODY_CHOICES} />
        <NumberField source="sessionNumber" options={SESSION_NUMBER} />
        <TextField source="resolutionNumber" />
        <FormattedDateField source="adoptedOn" emptyText="—" />
        <TextField source="meeting" emptyText="—" />
        <TextField source="committeeReport" emptyText="—" />
        <SelectField source="mainCommittee" choices={MAIN_COMMITTEE_CHOICES} emptyText="—" />
        <TextField source="agendaItemNumber" emptyText="—" />
        <BooleanField source="hasReviewClause" looseValue />
        <ReviewClauses source="reviewClauses" />
        <UrlField source="undocsUrl" target="_blank" rel="noreferrer" />
        <SelectField source="sourceFormat" choices={SOURCE_FORMAT_CHOICES} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Obligations" path="obligations">
        <ReferenceManyField reference="obligations" target="resolutionId" sort={{ field: 'id', order: 'ASC' }} perPage={100}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <FunctionField<ObligationView> label="Paragraph" render={(o) => o.paragraphRef} />
            <SelectField source="kind" choices={KIND_CHOICES} />
            <TextField source="actor" />
            <NumberField source="dueSession" options={SESSION_NUMBER} />
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
