import type { Identifier, UpdateManyParams } from 'react-admin';

/** What a bulk button puts in `meta`: the version of each selected record as the list read it. */
export type BulkVersions = {
  versions: Record<string, number>;
};

/**
 * The body of one record's PATCH in a bulk change: the change plus the version the list showed. A record whose
 * version the list did not hold (selected on another page) is sent without one, and the API refuses it (400)
 * rather than overwrite a change it never saw.
 */
export function versionedBulkChange(params: UpdateManyParams, id: Identifier): Record<string, unknown> {
  const versions = (params.meta as Partial<BulkVersions> | undefined)?.versions ?? {};
  return { ...(params.data as Record<string, unknown>), version: versions[String(id)] };
}
