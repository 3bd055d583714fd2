import { BulkChangeFailure, changeEach, reasonOf } from './bulkChangeFailure';

describe('changeEach: one change per record, every outcome kept', () => {
  it('answers every result when all records change', async () => {
    await expect(changeEach([1, 2], async (id) => `changed ${String(id)}`)).resolves.toEqual(['changed 1', 'changed 2']);
  });

  it('names each refusal and the records that did change, instead of the first failure alone', async () => {
    const stale = { status: 409, body: { error: 'STALE_VERSION', message: 'version 3 is stale' } };
    const refused = { status: 400, body: { error: 'VALIDATION_FAILED', message: 'invalid', errors: { status: 'status cannot change' } } };
    const failure = await changeEach([1, 2, 3], async (id) => {
      if (id === 2) throw stale;
      if (id === 3) throw refused;
      return id;
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BulkChangeFailure);
    expect(failure).toMatchObject({
      changed: [1],
      refusals: [
        { id: 2, reason: expect.stringContaining('someone else changed it') },
        { id: 3, reason: 'status cannot change' },
      ],
    });
  });

  it('falls back on the message when the API names no field', () => {
    expect(reasonOf({ status: 403, body: { message: 'not your office' } })).toBe('not your office');
  });
});
