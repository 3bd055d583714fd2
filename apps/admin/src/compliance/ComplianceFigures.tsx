import { Box, Card, CardContent, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import {
  COMPLIANCE_GROUPING_LABELS,
  COMPLIANCE_GROUPINGS,
  type ComplianceFiguresView,
  type ComplianceGrouping,
} from '@mandate-tracker/contracts';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

const Tile = ({ label, value }: { label: string; value: string | number }) => (
  <Card variant="outlined" sx={{ minWidth: 150 }} role="group" aria-label={label}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5">{value}</Typography>
    </CardContent>
  </Card>
);

/** One grouping as a chart: met on time, met late and overdue stacked, with the on-time rate in each label. */
const GroupChart = ({ grouping, figures }: { grouping: ComplianceGrouping; figures: ComplianceFiguresView }) => {
  const groups = figures.by[grouping].slice(0, 12);
  if (groups.length === 0) return null;
  const labels = groups.map(
    (g) => `${g.label} (${percent(g.onTimeRate)}${g.averageDelayDays !== null ? `, ${g.averageDelayDays} d` : ''})`,
  );
  return (
    <Card variant="outlined" sx={{ flex: '1 1 420px' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2">
          By {COMPLIANCE_GROUPING_LABELS[grouping].toLowerCase()}: on-time rate, average delay
        </Typography>
        <BarChart
          height={Math.max(160, 40 * groups.length + 60)}
          layout="horizontal"
          yAxis={[{ scaleType: 'band', data: labels, width: 220 }]}
          xAxis={[{ tickMinStep: 1 }]}
          series={[
            { data: groups.map((g) => g.metOnTime), label: 'Met on time', stack: 'all', color: '#2e7d32' },
            { data: groups.map((g) => g.metLate), label: 'Met late', stack: 'all', color: '#ed6c02' },
            { data: groups.map((g) => g.overdue), label: 'Overdue', stack: 'all', color: '#c62828' },
          ]}
        />
      </CardContent>
    </Card>
  );
};

export const ComplianceFigures = ({ figures }: { figures: ComplianceFiguresView }) => (
  <Box>
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
      <Tile label="Obligations" value={figures.totals.total} />
      <Tile label="On-time rate" value={percent(figures.totals.onTimeRate)} />
      <Tile label="Met late" value={figures.totals.metLate} />
      <Tile label="Overdue" value={figures.totals.overdue} />
      <Tile label="Average delay (days)" value={figures.totals.averageDelayDays ?? '—'} />
    </Box>
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
      {COMPLIANCE_GROUPINGS.map((grouping) => (
        <GroupChart key={grouping} grouping={grouping} figures={figures} />
      ))}
    </Box>
  </Box>
);
