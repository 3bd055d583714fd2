import { Box, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useNavigate, useTranslate } from 'react-admin';
import { OBLIGATION_STATUS_LABELS } from '@mandate-tracker/contracts';
import { COUNT_AXIS } from './countAxis';
import { CountTile } from './CountTile';
import { DashboardCard } from './DashboardCard';
import { obligationsListPath } from './obligationsListPath';
import { STATUS_COLORS } from './statusColors';
import type { SessionDue } from '@mandate-tracker/contracts';

const sessionFilter = (session: SessionDue) => ({ dueBody: session.body, dueSession: session.number });

/** What the General Assembly expects at the session in progress and the next one, stacked by status. */
export const SessionsDueCard = ({ current, next }: { current: SessionDue | null; next: SessionDue | null }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const sessions = [current, next].filter((session): session is SessionDue => session !== null);
  if (sessions.length === 0) {
    return (
      <DashboardCard title={translate('dashboard.dueSessions')}>
        <Typography variant="body2">{translate('dashboard.noCurrentSession')}</Typography>
      </DashboardCard>
    );
  }
  const labels = sessions.map((session, i) =>
    translate(i === 0 ? 'dashboard.thisSession' : 'dashboard.nextSession', { number: session.number }),
  );
  const statuses = sessions[0]?.byStatus.map((entry) => entry.status) ?? [];
  return (
    <DashboardCard title={translate('dashboard.dueSessions')}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {sessions.map((session, i) => (
          <CountTile
            key={session.number}
            label={labels[i] ?? String(session.number)}
            count={session.total}
            filter={sessionFilter(session)}
          />
        ))}
      </Box>
      {sessions.every((session) => session.total === 0) ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('dashboard.nothingDue')}
        </Typography>
      ) : (
        <BarChart
          height={220}
          xAxis={[{ scaleType: 'band', data: labels }]}
          yAxis={[COUNT_AXIS]}
          series={statuses.map((status) => ({
            id: status,
            stack: 'status',
            label: OBLIGATION_STATUS_LABELS[status],
            color: STATUS_COLORS[status],
            data: sessions.map((session) => session.byStatus.find((entry) => entry.status === status)?.count ?? 0),
          }))}
          onItemClick={(_event, item) => {
            const session = sessions[item.dataIndex];
            if (session) navigate(obligationsListPath({ ...sessionFilter(session), status: String(item.seriesId) }));
          }}
        />
      )}
    </DashboardCard>
  );
};
