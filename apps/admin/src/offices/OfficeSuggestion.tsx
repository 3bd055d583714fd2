import type { ObligationView, OfficeSuggestionView } from '@mandate-tracker/contracts';
import { Alert, Button } from '@mui/material';
import { useEffect, useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { callApi } from '../providers/httpClient';

/**
 * The office the administrator's rules suggest from the obligation's actor, while none is set. Never applied by
 * itself: an editor confirms it, which saves it like any other change (with the version read, audited).
 */
export const OfficeSuggestion = () => {
  const { canAccess: canConfirm } = useCanAccess({ resource: 'obligations', action: 'edit' });
  const record = useRecordContext<ObligationView>();
  const [suggestion, setSuggestion] = useState<OfficeSuggestionView | null>(null);
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const actor = record?.responsibleOffice ? null : record?.actor;
  useEffect(() => {
    setSuggestion(null);
    if (actor) callApi<OfficeSuggestionView>(`/offices/suggestion?actor=${encodeURIComponent(actor)}`).then(setSuggestion, () => undefined);
  }, [actor]);
  if (!record || !actor || !suggestion?.office) return null;
  const { office, rule } = suggestion;
  const confirm = () =>
    update(
      'obligations',
      { id: record.id, data: { responsibleOffice: office.label, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify(`Responsible office set to ${office.label}`, { type: 'success' });
          refresh();
        },
        onError: (error) => notify(error instanceof Error ? error.message : 'The office could not be set', { type: 'error' }),
      },
    );
  return (
    <Alert
      severity="info"
      role="status"
      aria-label="Suggested office"
      action={
        canConfirm ? (
          <Button color="inherit" size="small" onClick={confirm} disabled={isPending}>
            Confirm
          </Button>
        ) : undefined
      }
    >
      Suggested office: <strong>{office.label}</strong>
      {office.abbreviation ? ` (${office.name})` : ''}, because the actor mentions “{rule?.pattern}”.
    </Alert>
  );
};
