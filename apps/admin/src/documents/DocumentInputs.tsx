import { required, SelectInput, TextInput } from 'react-admin';
import { DOCUMENT_KIND_CHOICES } from '../enumChoices';
import { DayInput } from '../DayInput';

/**
 * Shared by create and edit. Only the symbol's help differs: on create one entry may name several documents
 * as UN texts write them, while a stored document has exactly one symbol.
 */
export const DocumentInputs = ({ several = false }: { several?: boolean }) => (
  <>
    <TextInput
      source="symbol"
      validate={required()}
      helperText={several ? 'resources.documents.helpers.symbols' : 'resources.documents.helpers.symbol'}
    />
    <SelectInput
      source="kind"
      choices={DOCUMENT_KIND_CHOICES}
      emptyText="resources.documents.helpers.inferredKind"
      validate={several ? undefined : required()}
    />
    <TextInput source="title" fullWidth />
    <DayInput source="issuedOn" />
  </>
);
