import type { Identifier } from 'react-admin';

/** Why the API refused one record of a bulk change, in its own words. */
export interface RecordRefusal {
  id: Identifier;
  reason: string;
}

interface ApiError {
  status?: number;
  body?: { error?: string; message?: string; errors?: Record<string, string> };
  message?: string;
}

/**
 * A bulk change some records refused: which changed and why each other did not. Thrown by the data provider so the
 * list can tell the user record by record, instead of one failure hiding the changes that went through.
 */
export class BulkChangeFailure extends Error {
  constructor(
    readonly changed: Identifier[],
    readonly refusals: RecordRefusal[],
  ) {
    super(`${refusals.length} of ${changed.length + refusals.length} records were not changed`);
    this.name = 'BulkChangeFailure';
  }
}

/** The API's reason, as a person can act on it: a stale version, a move the workflow refuses, anything else. */
export function reasonOf(error: unknown): string {
  const apiError = error as ApiError;
  const body = apiError.body;
  if (apiError.status === 409 && body?.error === 'STALE_VERSION')
    return 'someone else changed it after this list was read; it has been reloaded, so check it and try again';
  const fields = body?.errors ? Object.values(body.errors) : [];
  if (fields.length > 0) return fields.join('; ');
  return body?.message ?? apiError.message ?? 'not changed';
}

/** Sends one change per record and waits for all: the failures of some never hide the changes of the others. */
export async function changeEach<T>(ids: Identifier[], change: (id: Identifier) => Promise<T>): Promise<T[]> {
  const settled = await Promise.allSettled(ids.map(change));
  const changed: Identifier[] = [];
  const done: T[] = [];
  const refusals: RecordRefusal[] = [];
  settled.forEach((result, index) => {
    const id = ids[index] as Identifier;
    if (result.status === 'fulfilled') {
      changed.push(id);
      done.push(result.value);
    } else refusals.push({ id, reason: reasonOf(result.reason) });
  });
  if (refusals.length > 0) throw new BulkChangeFailure(changed, refusals);
  return done;
}
