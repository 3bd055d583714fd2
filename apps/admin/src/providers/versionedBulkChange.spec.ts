import { versionedBulkChange } from './versionedBulkChange';

describe('versionedBulkChange', () => {
  it('sends each record the version the list read for it', () => {
    const params = { ids: [4, 9], data: { status: 'IN_PROGRESS' }, meta: { versions: { '4': 2, '9': 7 } } };
    expect(versionedBulkChange(params, 4)).toEqual({ status: 'IN_PROGRESS', version: 2 });
    expect(versionedBulkChange(params, 9)).toEqual({ status: 'IN_PROGRESS', version: 7 });
  });

  it('leaves the version out when the list did not read it, so the API refuses the change', () => {
    expect(JSON.stringify(versionedBulkChange({ ids: [4], data: { status: 'SUBMITTED' } }, 4))).toBe('{"status":"SUBMITTED"}');
  });
});
