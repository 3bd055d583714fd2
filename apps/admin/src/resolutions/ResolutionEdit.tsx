import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { DeleteResolutionButton } from './DeleteResolutionButton';
import { ResolutionInputs } from './ResolutionInputs';

/** Save, and a delete that first says what goes with the resolution (react-admin's own would not). */
const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteResolutionButton />
  </Toolbar>
);

// Pessimistic: the API may refuse a stale version, and the user must see that before leaving the form.
export const ResolutionEdit = () => {
  const onError = useStaleVersionHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }}>
      <SimpleForm toolbar={<EditToolbar />}>
        <ResolutionInputs />
      </SimpleForm>
    </Edit>
  );
};
