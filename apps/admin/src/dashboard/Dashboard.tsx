import { Alert, Box, CircularProgress } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { OverdueCard } from './OverdueCard';
import { RecentChangesCard } from './RecentChangesCard';
import { ReviewStateCard } from './ReviewStateCard';
import { SessionsDueCard } from './SessionsDueCard';
import { StatusCard } from './StatusCard';
import { useDashboard } from './useDashboard';

/** The admin's home page: where the follow-up stands today, every count a link to its list. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboard();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('dashboard.title')} />
      {isPending && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate('dashboard.unavailable')}</Alert>}
      {data && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
          <StatusCard byStatus={data.byStatus} total={data.total} />
          <OverdueCard overdue={data.overdue} />
          <SessionsDueCard current={data.dueThisSession} next={data.dueNextSession} />
          <ReviewStateCard byReviewState={data.byReviewState} />
          <Box sx={{ gridColumn: { lg: '1 / -1' } }}>
            <RecentChangesCard changes={data.recentlyChanged} />
          </Box>
        </Box>
      )}
    </Box>
  );
};
