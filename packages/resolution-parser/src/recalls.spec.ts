import { parseResolution } from './parse';

describe('recalls and acknowledged reports', () => {
  it('takes recalls only from preambular paragraphs that recall or reaffirm', () => {
    const r = parseResolution(
      'The General Assembly,\n\nRecalling its resolutions 48/7 of 19 October 1993 and 49/215, and Security Council resolution 1325 (2000),\n\n' +
        'Encouraged by progress, and recalling in this context its resolution 57/190,\n\nReaffirming its resolution 46/182 of 19 December 1991,\n\n1. Decides to act.',
    );
    expect(r.recalls).toEqual(['A/RES/48/7', 'A/RES/49/215', 'S/RES/1325 (2000)', 'A/RES/46/182']);
  });

  it('falls back to the preamble when the operative part acknowledges no report', () => {
    const r = parseResolution(
      'The General Assembly,\n\nHaving considered the report of the Secretary-General (A/79/100 and Corr.1),\n\n1. Decides to act.',
    );
    expect(r.acknowledgedReports).toEqual([{ paragraph: 'PP1', symbols: ['A/79/100', 'A/79/100/Corr.1'] }]);
  });

  it('needs the word "report": a noted policy is not a report', () => {
    const r = parseResolution(
      'The General Assembly,\n\n1. Takes note with appreciation of the information management policy submitted by the Secretary-General (A/56/448/Add.2);',
    );
    expect(r.acknowledgedReports).toEqual([]);
  });
});
