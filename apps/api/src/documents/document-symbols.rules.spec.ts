/** Reading a symbol field at its edges, with the messages people read (docs/testing.md, "Mutation testing"). */
import { kindOf, readSymbolList } from './document-symbols';

const SHAPES = 'expected a UN document symbol such as A/RES/78/70, A/78/259, A/62/307/Corr.3, S/RES/2720 (2023)';

describe('readSymbolList', () => {
  it.each([
    ['A/62/307; A/62/308', ['A/62/307', 'A/62/308']],
    ['A/62/307 AND A/62/308', ['A/62/307', 'A/62/308']],
    ['A/62/307,A/62/308', ['A/62/307', 'A/62/308']],
    ['A/62/307 and A/62/307', ['A/62/307']],
    ['  A/62/307 and Corr.1 and Corr.1  ', ['A/62/307', 'A/62/307/Corr.1']],
  ])('reads %j as %j', (text, symbols) => {
    expect(readSymbolList(text)).toEqual({ valid: true, symbols });
  });

  it.each([
    ['report 307', `no "/" separating the parts in "report 307": ${SHAPES}`],
    ['see A/62/307', `no "/" separating the parts in "see": ${SHAPES}`],
    ['A/62/307 and the annex', `no "/" separating the parts in "the": ${SHAPES}`],
    ['A/62/307 and a/62/308', '"a/62/308" is not joined to the other symbols by "and" or ","'],
    ['A/RES/78 and A/62/307', `a resolution symbol is <organ>/RES/<session>/<number> in "A/RES/78": ${SHAPES}`],
  ])('refuses %j: %s', (text, message) => {
    expect(readSymbolList(text)).toEqual({ valid: false, message });
  });
});

describe('kindOf', () => {
  it('reads the kind from the last part only', () => {
    expect(kindOf('A/62/307/Corr.3', 0, undefined)).toBe('CORRIGENDUM');
    expect(kindOf('A/RES/58/127/Corr.1', 1, undefined)).toBe('CORRIGENDUM');
    expect(kindOf('A/RES/58/127/Add.1', 1, undefined)).toBe('ADDENDUM');
    expect(kindOf('A/Corr.1/307', 1, undefined)).toBe('REPORT');
    expect(kindOf('A/Add.1/307', 1, undefined)).toBe('REPORT');
    expect(kindOf('A/62/307/Corr.3a', 1, undefined)).toBe('REPORT');
    expect(kindOf('A/62/307/xCorr.3', 1, undefined)).toBe('REPORT');
    expect(kindOf('A/62/307/Add.1a', 1, undefined)).toBe('REPORT');
    expect(kindOf('A/62/307/xAdd.1', 1, undefined)).toBe('REPORT');
    expect(kindOf('A/RESOLUTIONS/1', 1, undefined)).toBe('REPORT');
    // Numbers past 9: the seventy-eighth session has corrigenda and addenda in two digits.
    expect(kindOf('A/78/100/Corr.12', 1, undefined)).toBe('CORRIGENDUM');
    expect(kindOf('A/78/100/Add.12', 1, undefined)).toBe('ADDENDUM');
  });

  it('lets the kind given win for the first symbol only', () => {
    expect(kindOf('A/RES/58/127', 0, 'NOTE')).toBe('NOTE');
    expect(kindOf('A/RES/58/127', 1, 'NOTE')).toBe('RESOLUTION');
    expect(kindOf('A/62/307', 1, undefined)).toBe('REPORT');
  });
});
