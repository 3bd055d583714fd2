import type { RaRecord, UpdateParams } from 'react-admin';

/** Fields the API derives itself; sending them back would be refused as unknown. */
const READ_ONLY = new Set(['id', 'createdAt', 'updatedAt', 'checksum', 'undocsUrl', 'version']);

/**
 * The API changes records with PATCH and checks the version read (optimistic
 * locking), so an update sends only the fields the user changed plus that version.
 */
export function changesOf(params: UpdateParams<RaRecord>): Record<string, unknown> {
  const previous = (params.previousData ?? {}) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(params.data as Record<string, unknown>)) {
    if (READ_ONLY.has(field)) continue;
    if (JSON.stringify(value) !== JSON.stringify(previous[field])) changes[field] = value === '' ? null : value;
  }
  if (typeof previous['version'] === 'number') changes['version'] = previous['version'];
  return changes;
}
