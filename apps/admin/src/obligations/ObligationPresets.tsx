import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import { Card, CardContent } from '@mui/material';
import { useEffect, useState } from 'react';
import { FilterList, FilterListItem, SavedQueriesList } from 'react-admin';
import { callApi } from '../providers/httpClient';
import { preferences } from '../settings/preferences';

/** The General Assembly session open today, for "due next session". */
function useCurrentSession(): number | undefined {
  const [session, setSession] = useState<number>();
  useEffect(() => {
    const filter = encodeURIComponent(JSON.stringify({ current: true, body: 'GENERAL_ASSEMBLY' }));
    callApi<{ number: number }[]>(`/sessions?filter=${filter}`)
      .then((sessions) => setSession(sessions[0]?.number))
      .catch(() => setSession(undefined));
  }, []);
  return session;
}

/** One-click lists staff ask for every day, beside the ones a user saves. */
export const ObligationPresets = () => {
  const current = useCurrentSession();
  const office = preferences.office();
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 240, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <SavedQueriesList />
        <FilterList label="Lists" icon={<AssignmentLateIcon />}>
          {current !== undefined && (
            <FilterListItem
              label="Reports due next session"
              value={{
                kind: 'REPORT',
                dueBody: 'GENERAL_ASSEMBLY',
                dueSession: current + 1,
                overdue: undefined,
                reviewState: undefined,
                responsibleOffice: undefined,
              }}
            />
          )}
          {current !== undefined && (
            <FilterListItem
              label="Due this session"
              value={{
                dueBody: 'GENERAL_ASSEMBLY',
                dueSession: current,
                kind: undefined,
                overdue: undefined,
                reviewState: undefined,
                responsibleOffice: undefined,
              }}
            />
          )}
          <FilterListItem
            label="Overdue"
            value={{
              overdue: true,
              kind: undefined,
              dueSession: undefined,
              dueBody: undefined,
              reviewState: undefined,
              responsibleOffice: undefined,
            }}
          />
          <FilterListItem
            label="Needs review"
            value={{
              reviewState: 'NEEDS_REVIEW',
              overdue: undefined,
              kind: undefined,
              dueSession: undefined,
              dueBody: undefined,
              responsibleOffice: undefined,
            }}
          />
          {office && (
            <FilterListItem
              label={`My office (${office})`}
              value={{
                responsibleOffice: office,
                overdue: undefined,
                kind: undefined,
                dueSession: undefined,
                dueBody: undefined,
                reviewState: undefined,
              }}
            />
          )}
        </FilterList>
      </CardContent>
    </Card>
  );
};
