import { useQuery } from '@tanstack/react-query';
import { callApi } from '../providers/httpClient';
import type { DashboardView } from '@mandate-tracker/contracts';

/** Read afresh each time the page is shown: the counts are derived from today's data. */
export const useDashboard = () =>
  useQuery({ queryKey: ['dashboard'], queryFn: () => callApi<DashboardView>('/dashboard'), refetchOnMount: 'always' });
