import { Edit, SimpleForm } from 'react-admin';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { DocumentInputs } from './DocumentInputs';

// Pessimistic: the API may refuse a stale version, and the user must see that (and the reloaded record) before leaving the form.
export const DocumentEdit = () => {
  const onError = useStaleVersionHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <SimpleForm>
        <DocumentInputs />
      </SimpleForm>
    </Edit>
  );
};
