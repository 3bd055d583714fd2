import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { LinkBase } from 'react-admin';
import { obligationsListPath, type ObligationFilter } from './obligationsListPath';

interface CountTileProps {
  label: string;
  count: number;
  filter: ObligationFilter;
  color?: string;
}

/**
 * A count that opens the obligations it counts, named by what it shows ("Overdue 9": a name other than the visible
 * text fails WCAG 2.5.3). The chart's colour marks the tile's edge: as text, the paler ones are unreadable.
 */
export const CountTile = ({ label, count, filter, color }: CountTileProps) => (
  <Card variant="outlined" sx={{ minWidth: 120, flex: '1 1 120px', borderLeft: color ? `4px solid ${color}` : undefined }}>
    <CardActionArea component={LinkBase} to={obligationsListPath(filter)}>
      <CardContent sx={{ py: 1.5 }}>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" component="p">
          {count}
        </Typography>
      </CardContent>
    </CardActionArea>
  </Card>
);
