import { markToken } from './format/normalise';
import { stripMarks } from './marks';

const known = new Set(['1', '2', '3', '6', '7', '8', '9', '10', '11', '15']);

describe('stripMarks', () => {
  it.each<[string, string, string[]]>([
    ['report of the Secretary-General;15', 'report of the Secretary-General;', ['15']],
    ['treaties and conventions1 and their review', 'treaties and conventions and their review', ['1']],
    ['1995/79 of 8 March 1995,1 1996/85 of 24 April 1996,2 and', '1995/79 of 8 March 1995, 1996/85 of 24 April 1996, and', ['1', '2']],
    ['2001/75 of 25 April 20017 and 2002/92', '2001/75 of 25 April 2001 and 2002/92', ['7']],
    ['Amended Protocol II10 to the Convention', 'Amended Protocol II to the Convention', ['10']],
    ['Protocol V)9 to', 'Protocol V) to', ['9']],
    [`worldwide,${markToken('3')} chaired`, 'worldwide, chaired', ['3']],
  ])('%s', (input, text, marks) => {
    expect(stripMarks(input, known)).toEqual({ text, marks });
  });

  it.each([
    '1,000 victims',
    'paragraph 2.5 of',
    'COVID-19 pandemic',
    'A/57/430',
    'resolution 70/1',
    'G77 and China',
    'at 10:30',
    'Agenda 21',
  ])('leaves ordinary numbers alone: %s', (input) => {
    expect(stripMarks(input, known)).toEqual({ text: input, marks: [] });
  });

  it('takes no heuristic marks when the document printed no footnotes', () => {
    expect(stripMarks('conventions1 and', new Set())).toEqual({ text: 'conventions1 and', marks: [] });
  });
});
