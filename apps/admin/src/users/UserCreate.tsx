import { Create, PasswordInput, SelectInput, SimpleForm, TextInput, email, minLength, required } from 'react-admin';
import { PASSWORD_MIN_LENGTH } from '@mandate-tracker/contracts';
import { OfficesInput } from '../offices/OfficesInput';
import { roleChoices } from './roleChoices';

/** Inviting: with a one-time password the user changes at first sign-in, or none for single sign-on users. */
export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="email" validate={[required(), email()]} />
      <TextInput source="displayName" label="Name" validate={required()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <OfficesInput helperText="Secretariat editors only: limit them to these responsible offices; empty for all" />
      <PasswordInput
        source="password"
        label="One-time password"
        helperText="Leave empty for single sign-on users"
        validate={minLength(PASSWORD_MIN_LENGTH)}
      />
    </SimpleForm>
  </Create>
);
