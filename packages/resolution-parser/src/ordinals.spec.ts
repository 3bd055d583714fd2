import { ordinalWord, parseCardinal, parseOrdinal } from './ordinals';

describe('ordinal words', () => {
  it.each<[number, string]>([
    [1, 'first'],
    [12, 'twelfth'],
    [20, 'twentieth'],
    [58, 'fifty-eighth'],
    [64, 'sixty-fourth'],
    [78, 'seventy-eighth'],
    [80, 'eightieth'],
    [81, 'eighty-first'],
    [100, 'one hundredth'],
    [101, 'one hundred and first'],
    [142, 'one hundred and forty-second'],
  ])('%i <-> %s', (n, word) => {
    expect(ordinalWord(n)).toBe(word);
    expect(parseOrdinal(word)).toBe(n);
  });

  it('round-trips 1..999', () => {
    for (let n = 1; n < 1000; n++) expect(parseOrdinal(ordinalWord(n))).toBe(n);
  });

  it('reads capitals, spaces and digits', () => {
    expect(parseOrdinal('Eighty-First')).toBe(81);
    expect(parseOrdinal('fifty eighth')).toBe(58);
    expect(parseOrdinal('78th')).toBe(78);
    expect(parseOrdinal('21st')).toBe(21);
  });

  it.each(['', 'fifty', 'eighth fifty', 'first-second', 'hello', 'fifty-eighty', 'twelve'])('refuses %p', (w) => {
    expect(parseOrdinal(w)).toBeNull();
  });

  it('refuses numbers outside 1..999', () => {
    expect(() => ordinalWord(0)).toThrow(RangeError);
    expect(() => ordinalWord(1.5)).toThrow(RangeError);
  });
});

describe('cardinal words (periods: "for twelve months", "within ninety days")', () => {
  it.each<[string, number]>([
    ['one', 1],
    ['twelve', 12],
    ['eighteen', 18],
    ['twenty-four', 24],
    ['forty-five', 45],
    ['ninety', 90],
    ['one hundred and twenty', 120],
    ['One hundred and eighty', 180],
    ['90', 90],
  ])('%s -> %i', (word, n) => {
    expect(parseCardinal(word)).toBe(n);
  });

  it.each(['', 'first', 'twelfth', 'twenty-fourth', 'hello', 'ninety-twenty', 'a'])('refuses %p', (w) => {
    expect(parseCardinal(w)).toBeNull();
  });

  it('reads compounds the period lists never held', () => {
    expect(parseCardinal('seventy-seven')).toBe(77);
    expect(parseCardinal('three hundred and six')).toBe(306);
  });
});
