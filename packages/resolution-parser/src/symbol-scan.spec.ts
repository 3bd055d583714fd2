import { expandSymbols } from './symbol-scan';

describe('expandSymbols', () => {
  it.each<[string, string[]]>([
    ['A/62/307 and Corr.3', ['A/62/307', 'A/62/307/Corr.3']],
    ['See A/56/448 and Add.1 and 2.', ['A/56/448', 'A/56/448/Add.1', 'A/56/448/Add.2']],
    ['resolution 70/1', ['A/RES/70/1']],
    ['A/58/260.', ['A/58/260']],
    ['(E/1995/23 and Corr.1 and 2), chap. II', ['E/1995/23', 'E/1995/23/Corr.1', 'E/1995/23/Corr.2']],
    ['A/58/L.50 and Add.1', ['A/58/L.50', 'A/58/L.50/Add.1']],
    ['A/62/307/Corr.1 and 2', ['A/62/307/Corr.1', 'A/62/307/Corr.2']],
    ['A/78/100/Add.1-3', ['A/78/100/Add.1', 'A/78/100/Add.2', 'A/78/100/Add.3']],
    ['reports A/78/100 and Add.1–3', ['A/78/100', 'A/78/100/Add.1', 'A/78/100/Add.2', 'A/78/100/Add.3']],
    ['Security Council resolution 2720 (2023)', ['S/RES/2720 (2023)']],
    ['S/RES/1325 (2000) and S/2023/123', ['S/RES/1325 (2000)', 'S/2023/123']],
    ['Human Rights Council resolution 52/1', ['A/HRC/RES/52/1']],
    ['A/HRC/53/20 and A/HRC/RES/52/1', ['A/HRC/53/20', 'A/HRC/RES/52/1']],
    [
      'its resolutions 54/54 B of 1 December 1999, 55/33 V of\n20 November 2000 and 57/74',
      ['A/RES/54/54 B', 'A/RES/55/33 V', 'A/RES/57/74'],
    ],
    ['Commission on Human Rights resolutions 1995/79 of 8 March 1995 and 1996/85', ['E/CN.4/RES/1995/79', 'E/CN.4/RES/1996/85']],
    ['Economic and Social Council resolution 2023/1', ['E/RES/2023/1']],
    ['resolution ES-10/21', ['A/RES/ES-10/21']],
    ['no symbols here, 12/3 is a fraction', []],
    ['Agenda 21 and 2030', []],
  ])('%p', (text, expected) => {
    expect(expandSymbols(text)).toEqual(expected);
  });

  it('reads "its resolution" as the adopting organ', () => {
    expect(expandSymbols('Recalling its resolution 52/1', 'A/HRC')).toEqual(['A/HRC/RES/52/1']);
    expect(expandSymbols('Recalling its resolutions 2719 (2023) and 2720 (2023)', 'S')).toEqual(['S/RES/2719 (2023)', 'S/RES/2720 (2023)']);
  });

  it('returns nothing for empty or odd input', () => {
    expect(expandSymbols('')).toEqual([]);
    expect(expandSymbols(undefined as unknown as string)).toEqual([]);
  });
});
