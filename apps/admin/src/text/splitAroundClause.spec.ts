import { splitAroundClause } from './splitAroundClause';

describe('splitAroundClause', () => {
  it('splits the paragraph around the clause', () => {
    expect(splitAroundClause('Requests the Secretary-General to report; and decides', 'to report')).toEqual([
      'Requests the Secretary-General ',
      'to report',
      '; and decides',
    ]);
  });

  it('answers null when the clause is not in the paragraph', () => {
    expect(splitAroundClause('Welcomes the report', 'requests')).toBeNull();
    expect(splitAroundClause('Welcomes the report', '')).toBeNull();
  });
});
