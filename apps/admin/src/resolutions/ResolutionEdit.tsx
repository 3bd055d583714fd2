import { Edit, SimpleForm } from 'react-admin';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { ResolutionInputs } from './ResolutionInputs';

// Pessimistic: the API may refuse a stale version, and the user must see that before leaving the form.
export const ResolutionEdit = () => {
  const onError = useStaleVersionHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }}>
      <SimpleForm>
        <ResolutionInputs />
      </SimpleForm>
    </Edit>
  );
};
