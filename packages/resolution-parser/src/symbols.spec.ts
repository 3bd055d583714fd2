import { normaliseSymbol, resolutionSymbol, undocsUrl, validateSymbol } from './symbols';

describe('normaliseSymbol', () => {
  it.each([
    [' a / res / 78 / 70 ', 'A/RES/78/70'],
    ['a/62/307/corr.3', 'A/62/307/Corr.3'],
    ['A/58/260/ADD.1', 'A/58/260/Add.1'],
    ['A/C.4/78/L.10/Rev.1', 'A/C.4/78/L.10/Rev.1'],
    ['s/res/2720(2023)', 'S/RES/2720 (2023)'],
    ['S/RES/2720  (2023)', 'S/RES/2720 (2023)'],
    ['a/hrc/res/52/1', 'A/HRC/RES/52/1'],
    ['A/RES/54/54 b', 'A/RES/54/54 B'],
    ['e/cn.4/2005/l.10/add.1', 'E/CN.4/2005/L.10/Add.1'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseSymbol(input)).toBe(expected);
  });
});

describe('validateSymbol', () => {
  it.each([
    'A/RES/78/70',
    'A/78/259',
    'A/62/307/Corr.3',
    'A/58/260/Add.1',
    'A/C.4/78/L.10',
    'A/78/417',
    'S/RES/2720 (2023)',
    'S/2023/123',
    'E/RES/2023/1',
    'A/HRC/RES/52/1',
    'A/HRC/53/20',
    'A/RES/54/54 B',
    'A/RES/ES-10/21',
    'CCW/CONF.I/16',
    'APLC/MSP.4/2002/1',
    'A/77/CRP.1/Add.8',
    'a/res/78/70',
  ])('accepts %s', (input) => {
    const check = validateSymbol(input);
    expect(check.valid).toBe(true);
  });

  it('returns the normalised form', () => {
    expect(validateSymbol(' a/62/307/corr.3 ')).toEqual({ valid: true, symbol: 'A/62/307/Corr.3' });
  });

  it.each(['', '   ', 'hello', 'A', '78/70', 'A//70', 'A/RES/78', 'A/RES/seventy/70', '12/RES/1', 'S/RES/abc', 'A/RES/78/70/71'])(
    'refuses %p with the expected shapes',
    (input) => {
      const check = validateSymbol(input);
      expect(check.valid).toBe(false);
      if (!check.valid) expect(check.message).toContain('such as A/RES/78/70, A/78/259, A/62/307/Corr.3, S/RES/2720 (2023)');
    },
  );

  it('never throws on non-strings', () => {
    expect(validateSymbol(undefined as unknown as string).valid).toBe(false);
    expect(validateSymbol(42 as unknown as string).valid).toBe(false);
  });
});

describe('resolutionSymbol', () => {
  it('builds symbols per organ', () => {
    expect(resolutionSymbol(57, '159')).toBe('A/RES/57/159');
    expect(resolutionSymbol(54, '54 b')).toBe('A/RES/54/54 B');
    expect(resolutionSymbol(2023, '2720', 'S')).toBe('S/RES/2720 (2023)');
    expect(resolutionSymbol(52, '1', 'A/HRC')).toBe('A/HRC/RES/52/1');
    expect(resolutionSymbol(2023, '1', 'E')).toBe('E/RES/2023/1');
  });
});

describe('undocsUrl', () => {
  it('builds the public address', () => {
    expect(undocsUrl('A/RES/78/70')).toBe('https://undocs.org/en/A/RES/78/70');
    expect(undocsUrl('a/62/307/corr.3')).toBe('https://undocs.org/en/A/62/307/Corr.3');
    expect(undocsUrl('S/RES/2720 (2023)')).toBe('https://undocs.org/en/S/RES/2720(2023)');
  });
});
