import { Edit, SimpleForm } from 'react-admin';
import { ResolutionInputs } from './ResolutionInputs';

// Pessimistic: the API may refuse a stale version, and the user must see that before leaving the form.
export const ResolutionEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <ResolutionInputs />
    </SimpleForm>
  </Edit>
);
