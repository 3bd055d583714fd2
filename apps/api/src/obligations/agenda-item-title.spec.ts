import { agendaItemKey, displayTitle, parentItemTitle, subItemPlacement } from './agenda-item-title';

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

describe('subItemPlacement', () => {
  const placed = { parent: 'Sustainable development', subItem: 'Agricultural technology for sustainable development' };

  it.each([
    [
      'under the item, then the sub-item entitled',
      'Decides to include in the provisional agenda of its eighty-first session, under the item entitled “Sustainable development”, the sub-item entitled “Agricultural technology for sustainable development”;',
    ],
    [
      'the sub-item first, then the item it is under',
      'Decides to include in the provisional agenda of its eighty-first session the sub-item entitled “Agricultural technology for sustainable development” under the item entitled “Sustainable development”;',
    ],
    [
      'a sub-item (indefinite article)',
      'Decides to include in the provisional agenda of its eighty-first session, under the item entitled “Sustainable development”, a sub-item entitled “Agricultural technology for sustainable development”;',
    ],
    [
      'an item "as a sub-item of" another',
      'Decides to include in the provisional agenda of its eighty-first session the item entitled “Agricultural technology for sustainable development” as a sub-item of the item entitled “Sustainable development”;',
    ],
    [
      'words between the item and "the sub-item" without "entitled"',
      'Decides to include in the provisional agenda of its eighty-first session, under the item entitled “Sustainable development”, and to consider at that session the sub-item “Agricultural technology for sustainable development”;',
    ],
    [
      'straight quotation marks',
      'Decides to include in the provisional agenda of its eighty-first session, under the item entitled "Sustainable development", the sub-item entitled "Agricultural technology for sustainable development";',
    ],
    [
      'line breaks inside the phrases and titles, and a line-end hyphen in "sub-item"',
      'Decides to include in the provisional agenda of its eighty-first session the sub-\nitem entitled “Agricultural technology\nfor sustainable development” under the\nitem entitled “Sustainable\ndevelopment”;',
    ],
  ])('reads %s', (_phrasing, clause) => {
    expect(subItemPlacement(clause)).toEqual(placed);
  });

  it('keeps an apostrophe inside a title and reads single quotation marks', () => {
    expect(subItemPlacement('under the item entitled ‘Children’s rights’, the sub-item entitled ‘Promotion’')).toEqual({
      parent: 'Children’s rights',
      subItem: 'Promotion',
    });
  });

  it('gives the parent without a sub-item title when the clause quotes none', () => {
    expect(
      subItemPlacement(
        'Decides to consider, as a sub-item of the item entitled “Sustainable development”, the question at its next session',
      ),
    ).toEqual({
      parent: 'Sustainable development',
      subItem: null,
    });
  });

  it('is null for an item of its own, even in a clause that speaks of sub-items', () => {
    expect(
      subItemPlacement(
        'Decides to include in the provisional agenda of its eighty-first session the item entitled “Assistance in mine action”',
      ),
    ).toBeNull();
    expect(
      subItemPlacement('Decides to include the item entitled “Assistance in mine action” and to consider its sub-items biennially'),
    ).toBeNull();
  });
});
