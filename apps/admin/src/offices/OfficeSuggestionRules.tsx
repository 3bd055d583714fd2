import { Card, CardContent, Typography } from '@mui/material';
import { CreateButton, Datagrid, List, ReferenceField, ResourceContextProvider, TextField, TopToolbar } from 'react-admin';

/** Shown under the offices: administrators edit the rules where they edit the offices. */
export const OfficeSuggestionRules = () => (
  <Card sx={{ mt: 2 }}>
    <CardContent>
      <Typography variant="h6" component="h2">
        Office suggestions
      </Typography>
      <Typography variant="body2" color="text.secondary">
        An obligation whose actor contains the words is shown the office as a suggestion to confirm; nothing is applied by itself.
      </Typography>
    </CardContent>
    <ResourceContextProvider value="office-suggestion-rules">
      <List
        resource="office-suggestion-rules"
        disableSyncWithLocation
        actions={
          <TopToolbar>
            <CreateButton resource="office-suggestion-rules" label="Add a suggestion rule" />
          </TopToolbar>
        }
        sort={{ field: 'pattern', order: 'ASC' }}
        perPage={100}
        title=" "
        component="div"
      >
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <TextField source="pattern" />
          <ReferenceField source="officeId" reference="offices" link={false}>
            <TextField source="label" />
          </ReferenceField>
        </Datagrid>
      </List>
    </ResourceContextProvider>
  </Card>
);
