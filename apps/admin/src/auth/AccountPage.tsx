import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useGetIdentity, useNotify } from 'react-admin';
import { PASSWORD_MIN_LENGTH } from '@mandate-tracker/contracts';
import { callApi } from '../providers/httpClient';
import { forgetCurrentUser } from './authProvider';

/** Changing one's password ends one's other sessions. */
export const AccountPage = () => {
  const notify = useNotify();
  const { identity, refetch } = useGetIdentity();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = () =>
    callApi('/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword, newPassword }) }).then(
      () => {
        setCurrent('');
        setNew('');
        forgetCurrentUser();
        void refetch();
        notify('Password changed; your other sessions have ended', { type: 'success' });
      },
      (error: { message?: string }) => notify(error.message ?? 'The password was not changed', { type: 'error' }),
    );
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="Change password" />
      <CardContent>
        {identity?.mustChangePassword && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            You signed in with a one-time password: choose your own before you go on.
          </Alert>
        )}
        <Typography variant="body2" sx={{ mb: 2 }}>
          At least {PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one.
        </Typography>
        <Stack spacing={2}>
          <TextField
            type="password"
            label="Current password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
          />
          <TextField
            type="password"
            label="New password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.target.value)}
          />
          <Button variant="contained" disabled={newPassword.length < PASSWORD_MIN_LENGTH || !currentPassword} onClick={change}>
            Change password
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
