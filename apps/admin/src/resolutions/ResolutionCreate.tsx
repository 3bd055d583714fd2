import { Create, SimpleForm } from 'react-admin';
import { ResolutionInputs } from './ResolutionInputs';

export const ResolutionCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ body: 'GENERAL_ASSEMBLY', sourceFormat: 'PLAIN' }}>
      <ResolutionInputs />
    </SimpleForm>
  </Create>
);
