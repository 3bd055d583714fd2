import { changesOf } from './changesOf';

describe('changesOf', () => {
  const previousData = {
    id: 7,
    symbol: 'A/RES/57/159',
    title: 'Old',
    meeting: '76th plenary meeting',
    version: 3,
    createdAt: 'x',
    undocsUrl: 'u',
  };

  it('sends only changed, writable fields with the version read', () => {
    const data = { ...previousData, title: 'New', createdAt: 'y' };
    expect(changesOf({ id: 7, data, previousData })).toEqual({ title: 'New', version: 3 });
  });

  it('turns a cleared input into null so the API clears the field', () => {
    expect(changesOf({ id: 7, data: { ...previousData, meeting: '' }, previousData })).toEqual({ meeting: null, version: 3 });
  });
});
