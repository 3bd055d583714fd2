import { Box } from '@mui/material';
import { PieChart } from '@mui/x-charts/PieChart';
import { useNavigate, useTranslate } from 'react-admin';
import { REVIEW_STATE_LABELS, type DashboardView, type ReviewState } from '@mandate-tracker/contracts';
import { CountTile } from './CountTile';
import { DashboardCard } from './DashboardCard';
import { obligationsListPath } from './obligationsListPath';

const REVIEW_COLORS: Record<ReviewState, string> = { NEEDS_REVIEW: '#f9a825', CONFIRMED: '#43a047', REJECTED: '#9e9e9e' };

/** What extraction produced and people have (not yet) checked. */
export const ReviewStateCard = ({ byReviewState }: Pick<DashboardView, 'byReviewState'>) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  return (
    <DashboardCard title={translate('dashboard.byReviewState')}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {byReviewState.map((entry) => (
          <CountTile
            key={entry.reviewState}
            label={REVIEW_STATE_LABELS[entry.reviewState]}
            count={entry.count}
            filter={{ reviewState: entry.reviewState }}
          />
        ))}
      </Box>
      {byReviewState.some((entry) => entry.count > 0) && (
        <PieChart
          height={180}
          series={[
            {
              innerRadius: 40,
              data: byReviewState.map((entry, i) => ({
                id: i,
                value: entry.count,
                label: REVIEW_STATE_LABELS[entry.reviewState],
                color: REVIEW_COLORS[entry.reviewState],
              })),
            },
          ]}
          onItemClick={(_event, item) => {
            const entry = byReviewState[item.dataIndex];
            if (entry) navigate(obligationsListPath({ reviewState: entry.reviewState }));
          }}
        />
      )}
    </DashboardCard>
  );
};
