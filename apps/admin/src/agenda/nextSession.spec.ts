import { choiceFromSearch, nextGeneralAssemblySession, searchOfChoice } from './nextSession';

describe('nextGeneralAssemblySession', () => {
  it('is the session after the one that opened last September', () => {
    expect(nextGeneralAssemblySession(new Date('2025-09-20T00:00:00Z'))).toBe(81);
    expect(nextGeneralAssemblySession(new Date('2026-06-01T00:00:00Z'))).toBe(81);
    expect(nextGeneralAssemblySession(new Date('2026-11-29T00:00:00Z'))).toBe(82);
  });
});

describe('choiceFromSearch', () => {
  it('defaults to the General Assembly and the next session, and reads what the address says', () => {
    const today = new Date('2026-11-29T00:00:00Z');
    expect(choiceFromSearch('', today)).toEqual({ body: 'GENERAL_ASSEMBLY', from: 82, to: 82 });
    expect(choiceFromSearch('?body=HUMAN_RIGHTS_COUNCIL&from=55&to=57', today)).toEqual({ body: 'HUMAN_RIGHTS_COUNCIL', from: 55, to: 57 });
    expect(choiceFromSearch(`?${searchOfChoice({ body: 'GENERAL_ASSEMBLY', from: 81, to: 83 })}`, today)).toEqual({
      body: 'GENERAL_ASSEMBLY',
      from: 81,
      to: 83,
    });
  });
});
