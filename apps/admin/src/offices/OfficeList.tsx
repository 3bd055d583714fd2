import type { OfficeView } from '@mandate-tracker/contracts';
import { Chip, Stack } from '@mui/material';
import { CreateButton, Datagrid, FunctionField, List, SearchInput, TextField, TopToolbar } from 'react-admin';
import { OfficeSuggestionRules } from './OfficeSuggestionRules';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** The managed offices, then the rules that suggest them from an obligation's actor. */
export const OfficeList = () => (
  <>
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      actions={<ListActions />}
      sort={{ field: 'label', order: 'ASC' }}
      perPage={50}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="label" />
        <TextField source="name" />
        <TextField source="abbreviation" emptyText="—" />
        <FunctionField<OfficeView>
          source="aliases"
          sortable={false}
          render={(office) => (
            <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {office.aliases.map((alias) => (
                <Chip key={alias} label={alias} size="small" />
              ))}
            </Stack>
          )}
        />
      </Datagrid>
    </List>
    <OfficeSuggestionRules />
  </>
);
