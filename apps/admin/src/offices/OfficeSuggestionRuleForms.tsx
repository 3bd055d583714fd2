import { AutocompleteInput, Create, Edit, ReferenceInput, required, SimpleForm, TextInput } from 'react-admin';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { officeText } from './useOfficeChoices';

const RuleInputs = () => (
  <>
    <TextInput source="pattern" validate={required()} helperText="resources.office-suggestion-rules.helpers.pattern" fullWidth />
    <ReferenceInput source="officeId" reference="offices" sort={{ field: 'label', order: 'ASC' }} perPage={1000}>
      <AutocompleteInput optionText={officeText} validate={required()} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
  </>
);

export const OfficeSuggestionRuleCreate = () => (
  <Create redirect="/offices">
    <SimpleForm>
      <RuleInputs />
    </SimpleForm>
  </Create>
);

export const OfficeSuggestionRuleEdit = () => {
  const onError = useStaleVersionHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="/offices">
      <SimpleForm>
        <RuleInputs />
      </SimpleForm>
    </Edit>
  );
};
