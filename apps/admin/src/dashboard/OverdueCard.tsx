import { Box, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LinkBase, useNavigate, useTranslate } from 'react-admin';
import { COUNT_AXIS } from './countAxis';
import { CountTile } from './CountTile';
import { DashboardCard } from './DashboardCard';
import { obligationsListPath, type ObligationFilter } from './obligationsListPath';
import { OVERDUE_COLOR } from './statusColors';
import type { DashboardView } from '@mandate-tracker/contracts';

type Office = DashboardView['overdue']['byOffice'][number];

/** Each row opens the overdue list for that office; "unassigned" for those without one. */
const filterOf = (office: Office): ObligationFilter =>
  office.unassigned ? { overdue: true, unassigned: true } : { overdue: true, responsibleOffice: office.office };

/** Overdue obligations by responsible office, most overdue first. */
export const OverdueCard = ({ overdue }: { overdue: DashboardView['overdue'] }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const offices = overdue.byOffice.slice(0, 10);
  const nameOf = (office: Office) => (office.unassigned ? translate('dashboard.unassigned') : office.office);
  return (
    <DashboardCard title={translate('dashboard.overdueByOffice')}>
      <Box sx={{ display: 'flex', gap: 1, mb: 1 }}>
        <CountTile label={translate('dashboard.overdue')} count={overdue.total} filter={{ overdue: true }} color={OVERDUE_COLOR} />
      </Box>
      {offices.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('dashboard.nothingOverdue')}
        </Typography>
      ) : (
        <>
          <BarChart
            height={Math.max(120, offices.length * 32 + 40)}
            layout="horizontal"
            hideLegend
            yAxis={[{ scaleType: 'band', data: offices.map(nameOf), width: 110 }]}
            xAxis={[COUNT_AXIS]}
            series={[{ data: offices.map((office) => office.count), label: translate('dashboard.overdue'), color: OVERDUE_COLOR }]}
            onItemClick={(_event, item) => {
              const office = offices[item.dataIndex];
              if (office) navigate(obligationsListPath(filterOf(office)));
            }}
          />
          <List dense aria-label={translate('dashboard.overdueByOffice')}>
            {offices.map((office) => (
              // A list holds list items: the link goes inside one.
              <ListItem key={`${office.unassigned}:${office.office}`} disablePadding>
                <ListItemButton component={LinkBase} to={obligationsListPath(filterOf(office))}>
                  <ListItemText primary={`${nameOf(office)}: ${office.count}`} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </DashboardCard>
  );
};
