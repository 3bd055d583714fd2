import { BooleanField, Datagrid, FunctionField, List, TextField } from 'react-admin';
import { ROLE_LABELS, type UserView } from '@mandate-tracker/contracts';
import { FormattedDateField } from '../FormattedDateField';
import { formatMoment } from '../dates';

export const UserList = () => (
  <List sort={{ field: 'displayName', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="displayName" label="Name" sortable={false} />
      <TextField source="email" sortable={false} />
      <FunctionField label="Role" render={(user: UserView) => ROLE_LABELS[user.role]} />
      <FunctionField label="Offices" render={(user: UserView) => user.offices.join(', ') || '—'} />
      <BooleanField source="active" sortable={false} />
      <FormattedDateField source="lastSignInAt" formatter={formatMoment} label="Last sign-in" sortable={false} emptyText="never" />
    </Datagrid>
  </List>
);
