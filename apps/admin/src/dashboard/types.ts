/** GET /api/dashboard, as apps/api/src/dashboard/dashboard.view.ts answers it. */
export interface StatusCount {
  status: string;
  count: number;
}

export interface SessionDue {
  body: string;
  number: number;
  total: number;
  open: number;
  byStatus: StatusCount[];
}

export interface RecentChange {
  id: string;
  occurredAt: string;
  actor: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  obligationId: number;
  exists: boolean;
  resolutionId: number | null;
  resolutionSymbol: string | null;
  paragraphRef: string | null;
  changes: string[];
}

export interface DashboardData {
  asOf: { today: string; currentSession: { body: string; number: number } | null };
  total: number;
  byStatus: StatusCount[];
  byReviewState: { reviewState: string; count: number }[];
  overdue: { total: number; byOffice: { office: string; unassigned: boolean; count: number }[] };
  dueThisSession: SessionDue | null;
  dueNextSession: SessionDue | null;
  recentlyChanged: RecentChange[];
}
