import { Card, CardContent, Typography } from '@mui/material';
import { Form, SaveButton, Title, useNotify } from 'react-admin';
import { OfficeInput } from '../offices/OfficeInput';
import { preferences } from './preferences';

/** Your office, for the "My office" list (who you are comes from your sign-in); chosen from the offices list. */
export const SettingsPage = () => {
  const notify = useNotify();
  const save = ({ office }: { office?: string | null }) => {
    preferences.setOffice(office ?? '');
    notify('Settings saved', { type: 'success' });
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="Settings" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          Kept in this browser.
        </Typography>
        <Form defaultValues={{ office: preferences.office() || null }} onSubmit={save}>
          <OfficeInput source="office" label="Your office" helperText="For the My office list on Obligations" />
          <SaveButton />
        </Form>
      </CardContent>
    </Card>
  );
};
