/**
 * The contract every versioned write keeps (docs/testing.md, "Mutation testing"): a stale version is refused with
 * the current record, nothing is written or audited when the change is refused or changes nothing, and every write
 * leaves one audit event with before and after. The record store is the caller's (find/apply are callbacks), so it
 * is an in-memory one here; the services' real writes on PostgreSQL are covered by test/version-race.e2e-spec.ts.
 */
import { Prisma } from '../generated/prisma/client';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import type { AuditEntry, AuditService } from './audit.service';
import { deleteAudited, updateVersioned, type VersionedUpdate } from './audited-change';

interface Row {
  id: number;
  version: number;
  title: string;
}

/** What a view shows: a different object from the row, so a test can tell which one was returned. */
const view = (row: Row) => ({ shown: `${row.title} v${row.version}` });

/** The transaction the caller passes: opaque to the helper, handed on to the audit untouched. */
const tx = { marker: 'the caller transaction' } as unknown as Prisma.TransactionClient;

function fixture(stored: Row | null) {
  const recorded: { tx: unknown; entry: AuditEntry }[] = [];
  const applied: Row[] = [];
  const audit = {
    record: (client: unknown, entry: AuditEntry) => {
      recorded.push({ tx: client, entry });
      return Promise.resolve();
    },
  } as unknown as AuditService;
  const change = (overrides: Partial<VersionedUpdate<Row, { shown: string }>> = {}): VersionedUpdate<Row, { shown: string }> => ({
    tx,
    audit,
    actor: 'Jane Smith',
    entity: 'Session',
    id: 7,
    version: 3,
    find: () => Promise.resolve(stored ? { ...stored } : null),
    apply: (current) => {
      applied.push(current);
      return Promise.resolve({ ...current, title: 'renamed', version: current.version + 1 });
    },
    view,
    ...overrides,
  });
  return { recorded, applied, audit, change };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const knownError = (code: string) => new Prisma.PrismaClientKnownRequestError('no record', { code, clientVersion: 'test' });

describe('updateVersioned', () => {
  it('applies the change to the current record and records before and after in the caller transaction', async () => {
    const { recorded, applied, change } = fixture({ id: 7, version: 3, title: 'old' });

    await expect(updateVersioned(change())).resolves.toEqual({ shown: 'renamed v4' });

    expect(applied).toEqual([{ id: 7, version: 3, title: 'old' }]);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.tx).toBe(tx);
    expect(recorded[0]?.entry).toEqual({
      actor: 'Jane Smith',
      action: 'UPDATE',
      entityType: 'Session',
      entityId: 7,
      before: { shown: 'old v3' },
      after: { shown: 'renamed v4' },
    });
  });

  it('refuses a record that does not exist with 404, writing nothing', async () => {
    const { recorded, applied, change } = fixture(null);

    const error = await refusal(updateVersioned(change()));

    expect(error.code).toBe(ErrorCode.NOT_FOUND);
    expect(error.message).toBe('Session 7 does not exist');
    expect(applied).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it.each([
    [2, 3],
    [4, 3],
  ])('refuses version %i when the record is at %i, answering with the current record', async (read, now) => {
    const { recorded, applied, change } = fixture({ id: 7, version: now, title: 'old' });

    const error = await refusal(updateVersioned(change({ version: read })));

    expect(error.code).toBe(ErrorCode.STALE_VERSION);
    expect(error.message).toBe(`Session 7 was changed by someone else (you read version ${read}, it is now ${now})`);
    expect(error.details).toEqual({ current: { shown: `old v${now}` } });
    expect(applied).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('skips the version check when no version is given (bulk changes)', async () => {
    const { recorded, change } = fixture({ id: 7, version: 12, title: 'old' });

    await expect(updateVersioned(change({ version: undefined }))).resolves.toEqual({ shown: 'renamed v13' });
    expect(recorded).toHaveLength(1);
  });

  it('checks version 0 like any other: it is a version, not "none"', async () => {
    const { change } = fixture({ id: 7, version: 1, title: 'old' });

    const error = await refusal(updateVersioned(change({ version: 0 })));
    expect(error.code).toBe(ErrorCode.STALE_VERSION);
  });

  it('lets the check refuse the change from the current state, before anything is written', async () => {
    const { recorded, applied, change } = fixture({ id: 7, version: 3, title: 'old' });
    const seen: Row[] = [];
    const check = (current: Row) => {
      seen.push(current);
      throw new AppError(ErrorCode.VALIDATION_FAILED, 'not from here');
    };

    const error = await refusal(updateVersioned(change({ check })));

    expect(error.message).toBe('not from here');
    expect(seen).toEqual([{ id: 7, version: 3, title: 'old' }]);
    expect(applied).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('runs the stale-version check before the change check: a stale reader learns the record changed', async () => {
    const { change } = fixture({ id: 7, version: 3, title: 'old' });
    const check = () => {
      throw new AppError(ErrorCode.VALIDATION_FAILED, 'not from here');
    };

    const error = await refusal(updateVersioned(change({ version: 2, check })));
    expect(error.code).toBe(ErrorCode.STALE_VERSION);
  });

  it('writes, audits and versions nothing when the change would leave the record as it is', async () => {
    const { recorded, applied, change } = fixture({ id: 7, version: 3, title: 'old' });

    await expect(updateVersioned(change({ unchanged: () => true }))).resolves.toEqual({ shown: 'old v3' });

    expect(applied).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('writes when the change is not a no-op, and passes the current record to the no-op test', async () => {
    const { recorded, change } = fixture({ id: 7, version: 3, title: 'old' });
    const seen: Row[] = [];

    const after = await updateVersioned(
      change({
        check: () => undefined,
        unchanged: (current) => {
          seen.push(current);
          return false;
        },
      }),
    );

    expect(after).toEqual({ shown: 'renamed v4' });
    expect(seen).toEqual([{ id: 7, version: 3, title: 'old' }]);
    expect(recorded).toHaveLength(1);
  });

  it('turns a write that matched no row (another writer bumped the version) into 409, recording nothing', async () => {
    const { recorded, change } = fixture({ id: 7, version: 3, title: 'old' });

    const error = await refusal(updateVersioned(change({ apply: () => Promise.reject(knownError('P2025')) })));

    expect(error.code).toBe(ErrorCode.STALE_VERSION);
    expect(error.message).toBe('Session 7 was changed by someone else while saving; reload it');
    expect(error.details).toEqual({ current: null });
    expect(recorded).toEqual([]);
  });

  it.each([
    ['another Prisma error', knownError('P2002')],
    ['an error that only looks like a missing row', Object.assign(new Error('no record'), { code: 'P2025' })],
  ])('lets %s through unchanged', async (_, failure) => {
    const { recorded, change } = fixture({ id: 7, version: 3, title: 'old' });

    await expect(updateVersioned(change({ apply: () => Promise.reject(failure) }))).rejects.toBe(failure);
    expect(recorded).toEqual([]);
  });
});

describe('deleteAudited', () => {
  function deletion(stored: Row | null) {
    const { recorded, audit } = fixture(stored);
    const removed: string[] = [];
    const run = () =>
      deleteAudited({
        tx,
        audit,
        actor: 'Jane Smith',
        entity: 'Resolution',
        id: 9,
        find: () => Promise.resolve(stored),
        remove: () => {
          removed.push('removed');
          return Promise.resolve();
        },
        view,
      });
    return { recorded, removed, run };
  }

  it('removes the record and records its last state', async () => {
    const { recorded, removed, run } = deletion({ id: 9, version: 2, title: 'gone' });

    await expect(run()).resolves.toEqual({ shown: 'gone v2' });

    expect(removed).toEqual(['removed']);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.tx).toBe(tx);
    expect(recorded[0]?.entry).toEqual({
      actor: 'Jane Smith',
      action: 'DELETE',
      entityType: 'Resolution',
      entityId: 9,
      before: { shown: 'gone v2' },
    });
  });

  it('refuses a record already gone with 404, removing and recording nothing', async () => {
    const { recorded, removed, run } = deletion(null);

    const error = await refusal(run());

    expect(error.code).toBe(ErrorCode.NOT_FOUND);
    expect(error.message).toBe('Resolution 9 does not exist');
    expect(removed).toEqual([]);
    expect(recorded).toEqual([]);
  });
});
