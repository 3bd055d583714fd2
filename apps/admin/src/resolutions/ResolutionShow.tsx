import { DateField, NumberField, SelectField, Show, SimpleShowLayout, TextField, UrlField, useRecordContext } from 'react-admin';
import { UN_DATE } from '../dates';
import { BODY_CHOICES, SOURCE_FORMAT_CHOICES } from './bodies';

/** The imported text keeps its line breaks: it is evidence, shown as received. */
const SourceText = () => {
  const record = useRecordContext<{ sourceText?: string }>();
  if (!record?.sourceText) return null;
  return (
    <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '32rem', overflow: 'auto', fontSize: '0.85rem' }}>{record.sourceText}</pre>
  );
};

export const ResolutionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="symbol" />
      <TextField source="title" />
      <SelectField source="body" choices={BODY_CHOICES} />
      <NumberField source="sessionNumber" />
      <TextField source="resolutionNumber" />
      <DateField source="adoptedOn" emptyText="—" {...UN_DATE} />
      <TextField source="meeting" emptyText="—" />
      <TextField source="committeeReport" emptyText="—" />
      <TextField source="agendaItemNumber" emptyText="—" />
      <UrlField source="undocsUrl" target="_blank" rel="noreferrer" />
      <SelectField source="sourceFormat" choices={SOURCE_FORMAT_CHOICES} />
      <SourceText />
    </SimpleShowLayout>
  </Show>
);
