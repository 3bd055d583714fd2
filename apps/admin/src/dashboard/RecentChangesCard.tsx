import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { formatMoment } from '../dates';
import { DashboardCard } from './DashboardCard';
import type { RecentChange } from '@mandate-tracker/contracts';

/** The last changes to obligations: who did what to which paragraph of which resolution. */
export const RecentChangesCard = ({ changes }: { changes: RecentChange[] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <DashboardCard title={translate('dashboard.recentlyChanged')}>
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('dashboard.noChanges')}
        </Typography>
      ) : (
        <List dense>
          {changes.map((change) => {
            const where = `${change.resolutionSymbol ?? '?'} para. ${change.paragraphRef ?? '?'}`;
            // The API words it ("Status: Pending → In progress"), as the history and the audit log do.
            const what = change.summary;
            return (
              <ListItem key={change.id} disableGutters>
                <ListItemText
                  primary={
                    change.exists ? (
                      <Link to={createPath({ resource: 'obligations', id: change.obligationId, type: 'show' })}>{where}</Link>
                    ) : (
                      where
                    )
                  }
                  secondary={`${what} · ${change.actor} · ${formatMoment(change.occurredAt)}`}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </DashboardCard>
  );
};
