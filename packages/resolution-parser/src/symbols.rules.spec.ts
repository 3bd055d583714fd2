/**
 * The symbol rules at their edges, with the exact messages people read: written to kill the mutants that
 * symbols.spec.ts lets survive (docs/testing.md, "Mutation testing").
 */
import { normaliseSymbol, suffixSegment, validateSymbol } from './symbols';

const SHAPES = 'expected a UN document symbol such as A/RES/78/70, A/78/259, A/62/307/Corr.3, S/RES/2720 (2023)';
const refused = (input: string, why: string) => ({ valid: false, message: `${why} in "${input.trim()}": ${SHAPES}` });

describe('suffixSegment', () => {
  it.each([
    ['corr.3', 'Corr.3'],
    ['CORR.3', 'Corr.3'],
    ['Corr. 3', 'Corr.3'],
    ['corr3', 'Corr.3'],
    ['add.1', 'Add.1'],
    ['rev.12', 'Rev.12'],
    ['amend.1', 'Amend.1'],
    ['suppl.1234', 'Suppl.1234'],
  ])('reads %p as %p', (segment, expected) => {
    expect(suffixSegment(segment)).toBe(expected);
  });

  it.each(['corr.', 'corr', 'corr.12345', 'corr.1a', 'corrx.1', 'x.1', '307', 'L.10', 'add.-1'])('refuses %p', (segment) => {
    expect(suffixSegment(segment)).toBeNull();
  });
});

describe('normaliseSymbol', () => {
  it('collapses every kind of space, and drops those at either end', () => {
    expect(normaliseSymbol('\t\n a/58/260 \r\n')).toBe('A/58/260');
    expect(normaliseSymbol('A/RES/54/54\u00a0\u00a0b')).toBe('A/RES/54/54 B');
    expect(normaliseSymbol('A/RES/54/54\t\nb')).toBe('A/RES/54/54 B');
  });

  it('keeps a parenthesis at the start of a part as it is written', () => {
    expect(normaliseSymbol('A/(x)')).toBe('A/(X)');
  });

  it('spaces a Security Council year once, whatever was typed', () => {
    expect(normaliseSymbol('S/RES/2720 ( 2023 )')).toBe('S/RES/2720 (2023)');
  });

  it('reads null and numbers as text', () => {
    expect(normaliseSymbol(null as unknown as string)).toBe('');
    expect(normaliseSymbol(12 as unknown as string)).toBe('12');
  });
});

describe('validateSymbol refuses, naming the part at fault', () => {
  it.each([
    ['', `empty symbol: ${SHAPES}`],
    [' \t ', `empty symbol: ${SHAPES}`],
  ])('%p', (input, message) => {
    expect(validateSymbol(input)).toEqual({ valid: false, message });
  });

  it('a symbol longer than 120 characters, and accepts one of 120', () => {
    const long = `A/${'1'.repeat(19)}/${'2'.repeat(19)}/${'3'.repeat(19)}/${'4'.repeat(19)}/${'5'.repeat(19)}/${'6'.repeat(18)}`;
    expect(long).toHaveLength(120);
    expect(validateSymbol(long)).toEqual({ valid: true, symbol: long });
    expect(validateSymbol(`${long}7`)).toEqual({ valid: false, message: `symbol too long: ${SHAPES}` });
  });

  it.each([
    ['A', 'no "/" separating the parts'],
    ['A78', 'no "/" separating the parts'],
    ['ABCDEFGHI/1', '"ABCDEFGHI" is not a document series (A, S, E, ST ...)'],
    ['A1/1', '"A1" is not a document series (A, S, E, ST ...)'],
    ['/78/1', '"" is not a document series (A, S, E, ST ...)'],
    ['A/RES', 'no number'],
    ['A//70', 'an empty part between slashes'],
    ['A/70/', 'an empty part between slashes'],
    ['A/Corr.1/70', '"Corr.1" cannot come that early'],
    ['A/70/x y', '"X Y" is not a valid part'],
    ['A/-70', '"-70" is not a valid part'],
    ['A/70/123456789012345678901', '"123456789012345678901" is not a valid part'],
    ['A/70 B/1', '"70 B" is not a valid part'],
    ['A/70/1 B', '"1 B" is not a valid part'],
    ['S/2720 (2023)', '"2720 (2023)" is not a valid part'],
    ['S/RES/2720 (23)', '"2720 (23)" is not a valid part'],
    ['S/RES/2720/2023', 'a Security Council resolution is S/RES/<number> (<year>)'],
    ['S/RES/123456', 'a Security Council resolution is S/RES/<number> (<year>)'],
    ['S/RES/A1', 'a Security Council resolution is S/RES/<number> (<year>)'],
    ['A/RES/78', 'a resolution symbol is <organ>/RES/<session>/<number>'],
    ['A/RES/78/70/71', 'a resolution symbol is <organ>/RES/<session>/<number>'],
    ['A/RES/12345/1', '"12345" is not a session'],
    ['A/RES/ES-123/1', '"ES-123" is not a session'],
    ['A/RES/X-1/1', '"X-1" is not a session'],
    ['A/RES/78/12345', '"12345" is not a resolution number'],
    ['A/RES/78/L.1', '"L.1" is not a resolution number'],
    ['A/RES/78/70 BB', '"70 BB" is not a valid part'],
  ])('%p: %s', (input, why) => {
    expect(validateSymbol(input)).toEqual(refused(input, why));
  });
});

describe('validateSymbol accepts the edges of each shape', () => {
  it.each([
    ['ABCDEFGH/1', 'ABCDEFGH/1'],
    ['A/12345678901234567890', 'A/12345678901234567890'],
    ['A/78/100/Corr.1', 'A/78/100/Corr.1'],
    ['A/RES/1/1', 'A/RES/1/1'],
    ['A/RES/1234/1234', 'A/RES/1234/1234'],
    ['A/RES/S-27/2', 'A/RES/S-27/2'],
    ['A/RES/ES-11/1', 'A/RES/ES-11/1'],
    ['A/RES/78/70 b', 'A/RES/78/70 B'],
    ['A/RES/78/70/Corr.1', 'A/RES/78/70/Corr.1'],
    ['S/RES/12345 (2023)', 'S/RES/12345 (2023)'],
    ['S/RES/2720', 'S/RES/2720'],
    ['A/HRC/RES/52/1', 'A/HRC/RES/52/1'],
    ['E/CN.4/RES/1995/79', 'E/CN.4/RES/1995/79'],
  ])('%p', (input, symbol) => {
    expect(validateSymbol(input)).toEqual({ valid: true, symbol });
  });
});
