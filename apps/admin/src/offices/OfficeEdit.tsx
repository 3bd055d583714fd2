import { Create, DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { OfficeInputs } from './OfficeInputs';

const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {/* The API refuses while obligations still name the office, and says how many. */}
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

// Pessimistic: a rename changes every obligation naming the office; a stale version must be seen first.
export const OfficeEdit = () => {
  const onError = useStaleVersionHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="list">
      <SimpleForm toolbar={<EditToolbar />}>
        <OfficeInputs />
      </SimpleForm>
    </Edit>
  );
};

export const OfficeCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ aliases: [] }}>
      <OfficeInputs />
    </SimpleForm>
  </Create>
);
