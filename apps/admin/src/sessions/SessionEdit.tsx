import { Edit, SimpleForm } from 'react-admin';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { SessionInputs } from './SessionInputs';

// Pessimistic: the API may refuse a stale version, and the administrator must see that (and the reloaded record) before leaving the form.
export const SessionEdit = () => {
  const onError = useStaleVersionHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="list">
      <SimpleForm>
        <SessionInputs />
      </SimpleForm>
    </Edit>
  );
};
