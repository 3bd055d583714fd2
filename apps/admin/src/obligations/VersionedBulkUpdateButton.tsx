import { BulkUpdateButton, useListContext, useNotify, useRefresh, useUnselect, type BulkUpdateButtonProps } from 'react-admin';
import { OBLIGATION_STATUS_LABELS, type ObligationView } from '@mandate-tracker/contracts';
import { BulkChangeFailure, reasonOf } from '../providers/bulkChangeFailure';
import type { BulkVersions } from '../providers/versionedBulkChange';

/** "A/RES/78/70, para. 5": how people name an obligation. */
const cite = (obligation: ObligationView | undefined, id: unknown) =>
  obligation ? `${obligation.resolution.symbol}, para. ${obligation.paragraphRef}` : `Obligation ${String(id)}`;

/** The API names statuses by their codes (CANCELLED); people read their labels (Cancelled). */
const inWords = (reason: string) =>
  reason
    .replace(/\b[A-Z_]{4,}\b/g, (code) => OBLIGATION_STATUS_LABELS[code as keyof typeof OBLIGATION_STATUS_LABELS] ?? code)
    .replace('statusReason', 'a reason');

/**
 * A bulk change that sends, for each selected obligation, the version this list read: one changed by someone else
 * since is refused (409), not overwritten. When some are refused, each is named with its reason, the list reloads
 * (the rows that did change show it), and only the refused stay selected, ready to try again.
 */
export const VersionedBulkUpdateButton = (props: BulkUpdateButtonProps) => {
  const { data = [], selectedIds, resource } = useListContext<ObligationView>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselect = useUnselect(resource);
  const selected = new Set(selectedIds.map(String));
  const shown = data.filter((o) => selected.has(String(o.id)));
  const meta: BulkVersions = { versions: Object.fromEntries(shown.map((o) => [String(o.id), o.version])) };
  const byId = new Map(shown.map((o) => [String(o.id), o]));

  const onError = (error: unknown) => {
    if (!(error instanceof BulkChangeFailure)) {
      notify(reasonOf(error), { type: 'error' });
      return;
    }
    const lines = error.refusals.map((refusal) => `${cite(byId.get(String(refusal.id)), refusal.id)}: ${inWords(refusal.reason)}`);
    const total = error.changed.length + error.refusals.length;
    notify(`${error.changed.length} of ${total} changed; not changed:\n${lines.join('\n')}`, {
      type: error.changed.length > 0 ? 'warning' : 'error',
      multiLine: true,
      autoHideDuration: null,
    });
    unselect(error.changed);
    refresh();
  };
  return <BulkUpdateButton {...props} mutationOptions={{ meta, onError }} />;
};
