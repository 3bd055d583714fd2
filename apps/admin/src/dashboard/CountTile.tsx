import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { LinkBase } from 'react-admin';
import { obligationsListPath, type ObligationFilter } from './obligationsListPath';

interface CountTileProps {
  label: string;
  count: number;
  filter: ObligationFilter;
  color?: string;
}

/** A count that opens the obligations it counts; its accessible name is "<label>: <count>". */
export const CountTile = ({ label, count, filter, color }: CountTileProps) => (
  <Card variant="outlined" sx={{ minWidth: 120, flex: '1 1 120px' }}>
    <CardActionArea component={LinkBase} to={obligationsListPath(filter)} aria-label={`${label}: ${count}`}>
      <CardContent sx={{ py: 1.5 }}>
        <Typography variant="h5" component="p" sx={{ color }}>
          {count}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
      </CardContent>
    </CardActionArea>
  </Card>
);
