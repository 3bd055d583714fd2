import { analyseResolution } from './analyse';
import { parseResolution } from './parse';

const html = `<!DOCTYPE html><html><head><title>A/RES/78/70</title><style>p{margin:0}</style></head><body>
<p>Resolution adopted by the General Assembly on 7 December 2023</p>
<p>[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/78/417, para.&nbsp;8)]</p>
<h3>78/70. Assistance in mine action</h3>
<p><em>The General Assembly</em>,</p>
<p><em>Recalling</em> its resolution <a href="#">76/74</a> of 9 December 2021,</p>
<p><em>Recalling also</em> all relevant treaties and conventions<sup>1</sup> and their review processes,</p>
<p>1. <em>Takes note</em> of the report of the Secretary-General,<sup>2</sup> including the recommendations contained therein;</p>
<p>2. <em>Requests</em> the Secretary-General to submit to the General Assembly at its eightieth session a report on the implementation of the present resolution;</p>
<p>3. <em>Decides</em> to include in the provisional agenda of its eightieth session the item entitled &ldquo;Assistance in mine action&rdquo;.</p>
<p><em>45th plenary meeting<br>7 December 2023</em></p>
<section class="footnotes"><ol><li>These include the Convention on Cluster Munitions, 2008.</li><li><a href="#">A/78/259</a>.</li></ol></section>
</body></html>`;

describe('formats', () => {
  it('reads HTML: tags removed, structure and footnotes kept', () => {
    const r = analyseResolution(html);
    expect(r.format).toBe('HTML');
    expect(r).toMatchObject({
      symbol: 'A/RES/78/70',
      title: 'Assistance in mine action',
      adoptedOn: '2023-12-07',
      meeting: '45th plenary meeting',
      committeeReport: 'A/78/417',
      recalls: ['A/RES/76/74'],
      acknowledgedReports: [{ paragraph: '1', symbols: ['A/78/259'] }],
    });
    expect(r.paragraphs.find((p) => p.eId === 'preamble__para_2')?.footnotes.map((f) => f.marker)).toEqual(['1']);
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.dueSession])).toEqual([
      ['2', 'REPORT', 80],
      ['3', 'AGENDA_ITEM', 80],
    ]);
  });

  it('reads PDF text with running headers, page footers and numbers on their own lines', () => {
    const pdf = [
      'United Nations A/RES/78/123',
      'General Assembly Distr.: General',
      '21 December 2023',
      'Seventy-eighth session',
      'Agenda item 18 (a)',
      '23-25555 (E) 211223',
      '*2325555*',
      'Resolution adopted by the General Assembly',
      'on 19 December 2023',
      '[on the report of the Second Committee (A/78/458/Add.1)]',
      '78/123. Agricultural technology for sustainable development',
      ' The General Assembly,',
      ' Recalling its resolution 76/194 of 17 December 2021 on agricultural technology for sus-',
      'tainable development,',
      '1.',
      'Takes note of the report of the Secretary-General;',
      ' 2. Requests the Secretary-General to submit to the General Assembly at its eightieth ses-',
      '',
      'A/RES/78/123 Agricultural technology for sustainable development',
      '',
      '2/3 23-25555',
      '',
      'sion a report on the implementation of the present resolution, including on non-',
      'governmental initiatives;',
      ' 3. Decides to include in the provisional agenda of its eightieth session, under the item entitled',
      '“Sustainable development”, the sub-item entitled “Agricultural technology for sustainable development”.',
      '',
      'A/RES/78/123 Agricultural technology for sustainable development',
      '',
      '50th plenary meeting',
      '19 December 2023',
    ].join('\n');
    const r = analyseResolution(pdf);
    expect(r).toMatchObject({
      symbol: 'A/RES/78/123',
      title: 'Agricultural technology for sustainable development',
      adoptedOn: '2023-12-19',
      committeeReport: 'A/78/458/Add.1',
      agendaItemNumber: 18,
      agendaItem: '18 (a)',
      recalls: ['A/RES/76/194'],
      meeting: '50th plenary meeting',
    });
    expect(r.paragraphs.find((p) => p.eId === 'preamble__para_1')?.text).toContain('for sustainable development');
    expect(r.paragraphs.find((p) => p.eId === 'para_2')?.text).toBe(
      'Requests the Secretary-General to submit to the General Assembly at its eightieth session a report on the implementation of the present resolution, including on non-governmental initiatives;',
    );
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.dueSession, o.agendaItemTitle])).toEqual([
      ['2', 'REPORT', 80, null],
      ['3', 'AGENDA_ITEM', 80, 'Agricultural technology for sustainable development'],
    ]);
  });

  it('reads a Security Council PDF heading without blank lines', () => {
    const pdf = [
      'United Nations S/RES/2719 (2023)',
      'Security Council Distr.: General',
      '21 December 2023',
      '23-26215 (E)',
      '*2326215*',
      'Resolution 2719 (2023)',
      'Adopted by the Security Council at its 9518th meeting, on',
      '21 December 2023',
      'The Security Council, Recalling its resolution 2320 (2016),',
      '1. Decides that the Council will consider requests on a case-by-case basis;',
      '2. Requests the Secretary-General to submit a report to the Security Council by 31 December 2024;',
      '3. Decides to remain seized of the matter.',
    ].join('\n');
    const r = analyseResolution(pdf);
    expect(r).toMatchObject({
      symbol: 'S/RES/2719 (2023)',
      body: 'SECURITY_COUNCIL',
      adoptedOn: '2023-12-21',
      meeting: '9518th meeting',
      recalls: ['S/RES/2320 (2016)'],
    });
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.actor, o.recipient, o.dueDate])).toEqual([
      ['2', 'REPORT', 'Secretary-General', 'Security Council', '2024-12-31'],
    ]);
  });

  it('reads layout-preserving PDF text (every line indented, footnotes indented)', () => {
    const pdf = [
      '                                                                               A/RES/78/70',
      'United Nations',
      'General Assembly                                                   Distr.: General',
      '                                                                   11 December 2023',
      'Seventy-eighth session',
      'Agenda item 46',
      '                 Resolution adopted by the General Assembly',
      '                               on 7 December 2023',
      '                 [on the report of the Special Political and Decolonization Committee',
      '                                 (Fourth Committee) (A/78/417, para. 8)]',
      '                 78/70. Assistance in mine action',
      '                        The General Assembly,',
      '                        Recalling its resolution 76/74 of 9 December 2021 and all its previous',
      '                 resolutions on assistance in mine action, all adopted without a vote,',
      '                        Recalling also all relevant treaties and conventions1 and their review',
      '                 processes, as well as the work of the',
      '                 United Nations in this field,',
      '                        1.   Takes note of the report of the Secretary-General,2 including the',
      '                 recommendations contained therein;',
      '                 __________________',
      '                   1 These include the Convention on Cluster Munitions, 2008.',
      '                   2 A/78/259.',
      '',
      '23-24469                                                                                  3/4',
      '',
      'A/RES/78/70                                              Assistance in mine action',
      '',
      '                        2.   Requests the Secretary-General to submit to the General Assembly at its',
      '                 eightieth session a report on the implementation of the present resolution;',
      '                        3.   Decides to include in the provisional agenda of its eightieth session the',
      '                 item entitled “Assistance in mine action”.',
      '',
      '23-24469                                                                                  4/4',
      '',
      'A/RES/78/70                                              Assistance in mine action',
      '',
      '                                                                      45th plenary meeting',
      '                                                                          7 December 2023',
    ].join('\n');
    const r = analyseResolution(pdf);
    expect(r).toMatchObject({
      symbol: 'A/RES/78/70',
      title: 'Assistance in mine action',
      adoptedOn: '2023-12-07',
      committeeReport: 'A/78/417',
      agendaItemNumber: 46,
      meeting: '45th plenary meeting',
      recalls: ['A/RES/76/74'],
      acknowledgedReports: [{ paragraph: '1', symbols: ['A/78/259'] }],
    });
    expect(r.paragraphs.filter((p) => p.kind === 'PREAMBULAR').map((p) => p.text)).toEqual([
      'Recalling its resolution 76/74 of 9 December 2021 and all its previous resolutions on assistance in mine action, all adopted without a vote,',
      'Recalling also all relevant treaties and conventions and their review processes, as well as the work of the United Nations in this field,',
    ]);
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.dueSession])).toEqual([
      ['2', 'REPORT', 80],
      ['3', 'AGENDA_ITEM', 80],
    ]);
  });

  it('numbers sub-paragraphs (a), (b) and inner (i), (ii), and tells (i) after (h) from a roman numeral', () => {
    const text = [
      'The General Assembly,',
      '',
      '1. Requests the Secretary-General:',
      '(a) To report;',
      '(b) To assist:',
      '(i) States;',
      '(ii) Organizations;',
      '(c) To c;',
      '(d) To d;',
      '(e) To e;',
      '(f) To f;',
      '(g) To g;',
      '(h) To h;',
      '(i) To i.',
    ].join('\n');
    const r = parseResolution(text);
    expect(r.paragraphs.map((p) => p.eId)).toEqual([
      'para_1',
      'para_1__list_1__point_a',
      'para_1__list_1__point_b',
      'para_1__list_1__point_b__list_1__point_i',
      'para_1__list_1__point_b__list_1__point_ii',
      'para_1__list_1__point_c',
      'para_1__list_1__point_d',
      'para_1__list_1__point_e',
      'para_1__list_1__point_f',
      'para_1__list_1__point_g',
      'para_1__list_1__point_h',
      'para_1__list_1__point_i',
    ]);
    expect(r.paragraphs[4]?.ref).toBe('1 (b) (ii)');
  });

  it('numbers a lone unnumbered operative paragraph and warns', () => {
    const r = analyseResolution(
      'The General Assembly,\n\nRecalling its resolution 77/1,\n\nDecides to include in the provisional agenda of its seventy-ninth session the item entitled "Culture of peace".',
    );
    expect(r.paragraphs.map((p) => p.eId)).toEqual(['preamble__para_1', 'para_1']);
    expect(r.warnings.map((w) => w.code)).toContain('NO_NUMBERED_PARAGRAPHS');
    expect(r.obligations[0]).toMatchObject({ kind: 'AGENDA_ITEM', dueSession: 79, agendaItemTitle: 'Culture of peace' });
  });

  it('detects the format from the content only', () => {
    expect(parseResolution('*The General Assembly,*\n\n*Recalling* x,\n\n1. *Decides* y.').format).toBe('MARKDOWN');
    expect(parseResolution('[DU1]\n\tThe General Assembly,\n\t1.\tDecides x.').format).toBe('WORD_TEXT');
    expect(parseResolution('<p>The General Assembly,</p><p>1. Decides</p><p>x</p><p>y</p>').format).toBe('HTML');
  });
});
