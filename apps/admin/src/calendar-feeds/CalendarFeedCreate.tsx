import { CALENDAR_FEED_SCOPES, CALENDAR_FEED_SCOPE_LABELS } from '@mandate-tracker/contracts';
import { Create, FormDataConsumer, NumberInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { BODY_CHOICES } from '../enumChoices';
import { OfficeInput } from '../offices/OfficeInput';

const SCOPE_CHOICES = CALENDAR_FEED_SCOPES.map((id) => ({ id, name: CALENDAR_FEED_SCOPE_LABELS[id] }));

/** The saved filter is typed as the obligations list's filter object; the list's "Subscribe" button fills it in. */
const parseFilter = (value: string): unknown => {
  try {
    return value ? JSON.parse(value) : undefined;
  } catch {
    return value;
  }
};
const formatFilter = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

export const CalendarFeedCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="name" validate={required()} helperText="e.g. UNMAS reports" />
      <SelectInput source="scope" choices={SCOPE_CHOICES} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => {
          if (formData.scope === 'OFFICE') return <OfficeInput validate={required()} />;
          if (formData.scope === 'SESSION')
            return (
              <>
                <SelectInput source="body" choices={BODY_CHOICES} validate={required()} />
                <NumberInput source="sessionNumber" min={1} validate={required()} />
              </>
            );
          if (formData.scope === 'OBLIGATION_FILTER')
            return (
              <TextInput
                source="filter"
                multiline
                parse={parseFilter}
                format={formatFilter}
                helperText='e.g. {"kind":"REPORT","dueSessionFrom":81}'
              />
            );
          return null;
        }}
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);
