import { Box } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useNavigate, useTranslate } from 'react-admin';
import { OBLIGATION_STATUS_LABELS } from '@mandate-tracker/contracts';
import { COUNT_AXIS } from './countAxis';
import { CountTile } from './CountTile';
import { DashboardCard } from './DashboardCard';
import { obligationsListPath } from './obligationsListPath';
import { STATUS_COLORS } from './statusColors';
import type { StatusCount } from '@mandate-tracker/contracts';

/** Obligations by status: a tile per status (the links) and a bar chart (clicking a bar opens the same list). */
export const StatusCard = ({ byStatus, total }: { byStatus: StatusCount[]; total: number }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const labels = byStatus.map((entry) => OBLIGATION_STATUS_LABELS[entry.status]);
  return (
    <DashboardCard title={translate('dashboard.byStatus', { total })}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {byStatus.map((entry, i) => (
          <CountTile
            key={entry.status}
            label={labels[i] ?? entry.status}
            count={entry.count}
            filter={{ status: entry.status }}
            color={STATUS_COLORS[entry.status]}
          />
        ))}
      </Box>
      {total > 0 && (
        <BarChart
          height={220}
          hideLegend
          xAxis={[
            {
              scaleType: 'band',
              data: labels,
              colorMap: { type: 'ordinal', values: labels, colors: byStatus.map((e) => STATUS_COLORS[e.status] ?? '#888') },
            },
          ]}
          yAxis={[COUNT_AXIS]}
          series={[{ data: byStatus.map((entry) => entry.count), label: translate('dashboard.obligations') }]}
          onItemClick={(_event, item) => {
            const entry = byStatus[item.dataIndex];
            if (entry) navigate(obligationsListPath({ status: entry.status }));
          }}
        />
      )}
    </DashboardCard>
  );
};
