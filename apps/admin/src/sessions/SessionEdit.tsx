import { Edit, SimpleForm } from 'react-admin';
import { SessionInputs } from './SessionInputs';

// Pessimistic: the API may refuse a stale version, and the administrator must see that before leaving the form.
export const SessionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <SessionInputs />
    </SimpleForm>
  </Edit>
);
