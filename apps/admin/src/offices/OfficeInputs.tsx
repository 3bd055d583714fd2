import { ArrayInput, required, SimpleFormIterator, TextInput } from 'react-admin';

/** Shared by create and edit. The API refuses a name, abbreviation or alias another office already answers to. */
export const OfficeInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="abbreviation" helperText="resources.offices.helpers.abbreviation" parse={(value: string) => value || null} />
    <ArrayInput source="aliases" helperText="resources.offices.helpers.aliases">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="" label="resources.offices.fields.aliases" helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
