import { Alert, Box, Button, Card, CardContent, Divider, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useLogin, useNotify } from 'react-admin';
import type { SignInOptionsView } from '@mandate-tracker/contracts';

/** Single sign-on when configured, and the local e-mail and password form. */
export const SignInPage = () => {
  const login = useLogin();
  const notify = useNotify();
  const [options, setOptions] = useState<SignInOptionsView>();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const ssoError = new URLSearchParams(window.location.search).get('sso_error');

  useEffect(() => {
    fetch('/api/auth/options')
      .then((response) => response.json() as Promise<SignInOptionsView>)
      .then(setOptions, () => setOptions({ password: true, sso: { enabled: false, label: '' } }));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await login({ email, password });
    } catch (error) {
      notify((error as Error).message || 'Sign-in failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
      <Card sx={{ width: 380 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            UN Mandate Tracker
          </Typography>
          {ssoError && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {ssoError}
            </Alert>
          )}
          {options?.sso.enabled && (
            <>
              <Button fullWidth variant="contained" href="/api/auth/sso/start" sx={{ mb: 2 }}>
                {options.sso.label}
              </Button>
              <Divider sx={{ mb: 2 }}>or</Divider>
            </>
          )}
          <form onSubmit={submit} aria-label="Local account">
            <Stack spacing={2}>
              <TextField
                label="E-mail"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <TextField
                label="Password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <Button type="submit" variant={options?.sso.enabled ? 'outlined' : 'contained'} disabled={busy}>
                Sign in
              </Button>
            </Stack>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
};
