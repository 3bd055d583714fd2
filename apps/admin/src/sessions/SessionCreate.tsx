import { Create, SimpleForm } from 'react-admin';
import { SessionInputs } from './SessionInputs';

export const SessionCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ body: 'GENERAL_ASSEMBLY' }}>
      <SessionInputs />
    </SimpleForm>
  </Create>
);
