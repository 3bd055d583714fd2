import {
  Alert,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import type { ApiTokenView, CreatedApiTokenView } from '@mandate-tracker/contracts';
import { callApi } from '../providers/httpClient';
import { formatMoment } from '../dates';

const day = (iso: string | null) => (iso ? formatMoment(iso) : '—');

/** Tokens for scripts and spreadsheets: created here, shown once, revocable; they act with your rights. */
export const TokensPage = () => {
  const notify = useNotify();
  const [tokens, setTokens] = useState<ApiTokenView[]>([]);
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [created, setCreated] = useState<CreatedApiTokenView>();
  const load = useCallback(() => callApi<ApiTokenView[]>('/tokens').then(setTokens, () => setTokens([])), []);
  useEffect(() => void load(), [load]);

  const create = () =>
    callApi<CreatedApiTokenView>('/tokens', { method: 'POST', body: JSON.stringify({ name, days: Number(days) }) }).then(
      (token) => {
        setCreated(token);
        setName('');
        void load();
      },
      (error: { message?: string }) => notify(error.message ?? 'The token was not created', { type: 'error' }),
    );
  const revoke = (id: number) => callApi(`/tokens/${id}`, { method: 'DELETE' }).then(load);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="API tokens" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          A token lets a script or a spreadsheet call the API as you (header <code>Authorization: Bearer &lt;token&gt;</code>), with your
          rights, until it expires or you revoke it.
        </Typography>
        {created && (
          <Alert severity="success" sx={{ mb: 2 }} onClose={() => setCreated(undefined)}>
            Copy the token now: it is shown only once.
            <Typography component="pre" aria-label="New token" sx={{ fontFamily: 'monospace', userSelect: 'all', m: 0 }}>
              {created.token}
            </Typography>
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <TextField size="small" label="Token name" value={name} onChange={(e) => setName(e.target.value)} />
          <TextField
            size="small"
            label="Days valid"
            type="number"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            sx={{ width: 120 }}
          />
          <Button variant="contained" disabled={!name.trim()} onClick={create}>
            Create token
          </Button>
        </Stack>
        <Table size="small" aria-label="Your tokens">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Starts with</TableCell>
              <TableCell>Created</TableCell>
              <TableCell>Expires</TableCell>
              <TableCell>Last used</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {tokens.map((token) => (
              <TableRow key={token.id}>
                <TableCell>{token.name}</TableCell>
                <TableCell>
                  <code>{token.prefix}…</code>
                </TableCell>
                <TableCell>{day(token.createdAt)}</TableCell>
                <TableCell>{day(token.expiresAt)}</TableCell>
                <TableCell>{day(token.lastUsedAt)}</TableCell>
                <TableCell>
                  {token.revokedAt ? (
                    `revoked ${day(token.revokedAt)}`
                  ) : (
                    <Button size="small" color="error" onClick={() => void revoke(token.id)}>
                      Revoke
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
