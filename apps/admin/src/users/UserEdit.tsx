import { Button, Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { BooleanInput, Edit, SelectInput, SimpleForm, TextInput, required, useNotify, useRecordContext } from 'react-admin';
import { PASSWORD_MIN_LENGTH } from '@mandate-tracker/contracts';
import { callApi } from '../providers/httpClient';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { OfficesInput } from '../offices/OfficesInput';
import { roleChoices } from './roleChoices';

/** An administrator's reset: the user's sessions end and they choose a new password at next sign-in. */
const ResetPassword = () => {
  const record = useRecordContext();
  const notify = useNotify();
  const [password, setPassword] = useState('');
  if (!record) return null;
  const reset = () =>
    callApi(`/users/${record.id}/password`, { method: 'POST', body: JSON.stringify({ password }) }).then(
      () => {
        setPassword('');
        notify('Password reset: the user must change it at next sign-in', { type: 'success' });
      },
      (error: { message?: string }) => notify(error.message ?? 'The password was not reset', { type: 'error' }),
    );
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
      <MuiTextField
        size="small"
        type="password"
        label="New one-time password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button variant="outlined" disabled={password.length < PASSWORD_MIN_LENGTH} onClick={reset}>
        Reset password
      </Button>
    </Stack>
  );
};

/** Role, offices, deactivation (never deletion: the user's history stays). */
export const UserEdit = () => {
  const onError = useStaleVersionHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} actions={false}>
      <SimpleForm>
        <TextInput source="email" disabled />
        <TextInput source="displayName" label="Name" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <OfficesInput helperText="Secretariat editors only; empty for all offices" />
        <BooleanInput source="active" helperText="Deactivating ends the user's sessions and tokens" />
        <ResetPassword />
      </SimpleForm>
    </Edit>
  );
};
