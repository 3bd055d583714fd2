import { Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { preferences } from './preferences';

/** Your office, for the "My office" list (who you are comes from your sign-in). */
export const SettingsPage = () => {
  const notify = useNotify();
  const [office, setOffice] = useState(preferences.office());
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="Settings" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          Kept in this browser.
        </Typography>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <TextField
            label="Your office"
            helperText="e.g. UNMAS, DPPA, OLA"
            value={office}
            onChange={(event) => setOffice(event.target.value)}
          />
          <Button
            variant="contained"
            onClick={() => {
              preferences.setOffice(office);
              notify('Settings saved', { type: 'success' });
            }}
          >
            Save
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
};
