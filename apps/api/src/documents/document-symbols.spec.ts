import { kindOf, readSymbolList } from './document-symbols';

describe('readSymbolList', () => {
  it.each([
    ['A/62/307', ['A/62/307']],
    ['a/62/ 307', ['A/62/307']],
    ['A/62/307 and Corr.3', ['A/62/307', 'A/62/307/Corr.3']],
    ['A/56/448 and Add.1 and 2', ['A/56/448', 'A/56/448/Add.1', 'A/56/448/Add.2']],
    ['A/58/260, A/58/260/Add.1', ['A/58/260', 'A/58/260/Add.1']],
    ['S/RES/2720 (2023)', ['S/RES/2720 (2023)']],
  ])('reads %j as %j', (text, symbols) => {
    expect(readSymbolList(text)).toEqual({ valid: true, symbols });
  });

  it.each(['report 307', 'A/62/', '', 'see A/62/307', 'A/62/307 and the annex'])('refuses %j with the expected shape', (text) => {
    const result = readSymbolList(text);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.message).toContain('expected a UN document symbol such as');
  });
});

describe('kindOf', () => {
  it('infers corrigenda, addenda and resolutions, defaulting to a report', () => {
    expect(kindOf('A/62/307', 0, undefined)).toBe('REPORT');
    expect(kindOf('A/62/307/Corr.3', 1, undefined)).toBe('CORRIGENDUM');
    expect(kindOf('A/56/448/Add.2', 0, undefined)).toBe('ADDENDUM');
    expect(kindOf('A/RES/58/127', 0, undefined)).toBe('RESOLUTION');
    expect(kindOf('S/RES/2720 (2023)', 1, 'REPORT')).toBe('RESOLUTION');
  });

  it('applies the kind given to the first symbol, and to the others only without a suffix', () => {
    expect(kindOf('A/62/307/Add.1', 0, 'NOTE')).toBe('NOTE');
    expect(kindOf('A/62/307/Corr.3', 1, 'NOTE')).toBe('CORRIGENDUM');
    expect(kindOf('A/62/308', 1, 'NOTE')).toBe('NOTE');
  });
});
