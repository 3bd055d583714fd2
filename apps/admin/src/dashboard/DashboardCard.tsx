import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled section of the dashboard; the title is a heading so screen readers and tests can find it. */
export const DashboardCard = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card component="section" aria-label={title} sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);
