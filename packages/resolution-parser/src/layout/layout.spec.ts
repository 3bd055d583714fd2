import { extractFootnoteBlocks } from './footnote-blocks';
import { joinPieces, buildVocabulary } from './join';
import { toLines } from './lines';
import { removeFurniture } from './furniture';

describe('line joining', () => {
  const vocab = buildVocabulary('mine-clearance and mine-action here; socio-economic\nelimi-\nnating');
  it.each([
    ['elimi-', 'nating the threat', 'eliminating the threat'],
    ['mine-', 'clearance operations', 'mine-clearance operations'],
    ['non-', 'governmental organizations', 'non-governmental organizations'],
    ['Secretary-', 'General', 'Secretary-General'],
    ['2001-', '2005', '2001-2005'],
    ['the United', 'Nations', 'the United Nations'],
  ])('%s + %s', (left, right, joined) => {
    expect(joinPieces(left, right, vocab)).toBe(joined);
  });
});

describe('footnote blocks', () => {
  it('lifts a footnote block out of a paragraph it interrupts', () => {
    const text = [
      ' Noting the core humanitarian objectives of',
      '',
      '_______________',
      '4 Ibid., 1998, Supplement No. 3 (E/1998/23).',
      '5 See A/56/448 and Add.1',
      'and 2.',
      ' the Convention, to provide assistance,',
    ].join('\n');
    const { lines, notes } = extractFootnoteBlocks(toLines(text), 'PDF_TEXT');
    expect([...notes.entries()]).toEqual([
      ['4', 'Ibid., 1998, Supplement No. 3 (E/1998/23).'],
      ['5', 'See A/56/448 and Add.1 and 2.'],
    ]);
    expect(lines.map((l) => l.text).filter((t) => t !== '')).toEqual([
      'Noting the core humanitarian objectives of',
      'the Convention, to provide assistance,',
    ]);
  });

  it('does not take a date line for a footnote', () => {
    const { notes } = extractFootnoteBlocks(toLines('76th plenary meeting\n1 December 2003'), 'WORD_TEXT');
    expect(notes.size).toBe(0);
  });
});

describe('page furniture', () => {
  it('removes page numbers, running symbols and job numbers but keeps text', () => {
    const { lines, headerSymbols } = removeFurniture(toLines('text,\nA/RES/57/159\n6\n03 50220\n2/6 23-25555\nmore text'));
    expect(lines.map((l) => l.text).filter((t) => t !== '')).toEqual(['text,', 'more text']);
    expect(headerSymbols).toEqual(['A/RES/57/159']);
  });
});
