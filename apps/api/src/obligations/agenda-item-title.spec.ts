import { agendaItemKey, displayTitle, parentItemTitle } from './agenda-item-title';

describe('agendaItemKey', () => {
  it('makes the same item from several resolutions one key', () => {
    const keys = ['Assistance in mine action', '“Assistance in mine action”.', 'ASSISTANCE  IN MINE ACTION*'].map(agendaItemKey);
    expect(new Set(keys).size).toBe(1);
  });

  it('keeps different items apart', () => {
    expect(agendaItemKey('Assistance in mine action')).not.toBe(agendaItemKey('Assistance in mine clearance'));
  });
});

describe('displayTitle', () => {
  it('drops quotation marks, the footnote star and closing punctuation', () => {
    expect(displayTitle('“Assistance in mine action”.')).toBe('Assistance in mine action');
    expect(displayTitle('Assistance in mine action *')).toBe('Assistance in mine action');
  });
});

describe('parentItemTitle', () => {
  it('reads the item a sub-item is scheduled under', () => {
    expect(
      parentItemTitle(
        'Decides to include in the provisional agenda of its eightieth session, under the item entitled “Sustainable development”, the sub-item entitled “Agricultural technology for sustainable development”',
      ),
    ).toBe('Sustainable development');
  });

  it('is null for an item of its own', () => {
    expect(
      parentItemTitle(
        'Decides to include in the provisional agenda of its eightieth session the item entitled "Assistance in mine action"',
      ),
    ).toBeNull();
  });

  it('keeps an apostrophe inside the parent title', () => {
    expect(parentItemTitle('under the item entitled “Children’s rights”, the sub-item entitled “Promotion”')).toBe('Children’s rights');
  });
});
