import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useUpdate } from 'react-admin';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { OBLIGATION_STATUS_LABELS } from '@mandate-tracker/contracts';
import type { ObligationView } from '@mandate-tracker/contracts';

/** Only the moves the workflow allows from the current status, with the reason cancelling needs. */
export const StatusActions = () => {
  const record = useRecordContext<ObligationView>();
  const [update, { isPending }] = useUpdate();
  const onError = useStaleVersionHandler();
  const [reason, setReason] = useState('');
  const { canAccess } = useCanAccess({ resource: 'obligations', action: 'edit' });
  if (!record || !canAccess) return null;
  const move = (status: string) =>
    update(
      'obligations',
      { id: record.id, data: { status, statusReason: reason || undefined, version: record.version }, previousData: record },
      { mutationMode: 'pessimistic', onError },
    );
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      {record.allowedStatuses.map((status) => (
        <Button
          key={status}
          variant={status === 'SUBMITTED' || status === 'FULFILLED' ? 'contained' : 'outlined'}
          size="small"
          disabled={isPending || (status === 'CANCELLED' && !reason.trim())}
          onClick={() => move(status)}
        >
          Mark {OBLIGATION_STATUS_LABELS[status].toLowerCase()}
        </Button>
      ))}
      {/* Only a status that can still be cancelled asks for the reason cancelling needs. */}
      {record.allowedStatuses.includes('CANCELLED') && (
        <TextField size="small" label="Reason (needed to cancel)" value={reason} onChange={(event) => setReason(event.target.value)} />
      )}
    </Stack>
  );
};
