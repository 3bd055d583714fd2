import { Edit, SimpleForm } from 'react-admin';
import { DocumentInputs } from './DocumentInputs';

// Pessimistic: the API may refuse a stale version, and the user must see that before leaving the form.
export const DocumentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <DocumentInputs />
    </SimpleForm>
  </Edit>
);
