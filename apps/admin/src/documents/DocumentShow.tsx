import { ArrayField, SelectField, Show, SimpleShowLayout, TextField, UrlField } from 'react-admin';
import { FormattedDateField } from '../FormattedDateField';
import { LinkedObligations } from './LinkedObligations';
import { DOCUMENT_KIND_CHOICES } from '../enumChoices';

export const DocumentShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="symbol" />
      <SelectField source="kind" choices={DOCUMENT_KIND_CHOICES} />
      <TextField source="title" emptyText="—" />
      <FormattedDateField source="issuedOn" emptyText="—" />
      <UrlField source="undocsUrl" target="_blank" rel="noreferrer" />
      <ArrayField source="obligations">
        <LinkedObligations />
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
