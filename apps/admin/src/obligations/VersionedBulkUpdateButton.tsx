import { BulkUpdateButton, useListContext, type BulkUpdateButtonProps } from 'react-admin';
import type { ObligationView } from '@mandate-tracker/contracts';
import type { BulkVersions } from '../providers/versionedBulkChange';

/**
 * A bulk change that sends, for each selected obligation, the version this list read: one changed by someone else
 * since is refused (409), not overwritten.
 */
export const VersionedBulkUpdateButton = (props: BulkUpdateButtonProps) => {
  const { data = [], selectedIds } = useListContext<ObligationView>();
  const selected = new Set(selectedIds.map(String));
  const meta: BulkVersions = {
    versions: Object.fromEntries(data.filter((o) => selected.has(String(o.id))).map((o) => [String(o.id), o.version])),
  };
  return <BulkUpdateButton {...props} mutationOptions={{ meta }} />;
};
