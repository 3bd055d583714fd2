/**
 * Layouts of real documents the first round did not meet: one paragraph per line with no blank lines (how
 * paragraph databases and Word exports come), 1990s documents with a cover block, and the headings of the
 * Human Rights Council, the Economic and Social Council and the Security Council.
 */
import { analyseResolution } from '../src';

describe('one paragraph per line, no blank lines', () => {
  const text = [
    'Resolution adopted by the General Assembly',
    '[on the report of the Second Committee (A/78/459/Add.2)]',
    '78/270. Strengthening of the coordination of emergency humanitarian assistance',
    'The General Assembly,',
    'Recalling its resolution 46/182 of 19 December 1991,',
    'Noting with concern the increasing number of disasters,',
    '1. Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on the implementation of the present resolution;',
    '2. Decides to include in the provisional agenda of its seventy-ninth session the sub-item entitled "Strengthening of the coordination of emergency humanitarian assistance".',
    '64th (resumed) plenary meeting',
    '3 April 2024',
  ].join('\n');

  it('keeps the closing lines apart from the last paragraph', () => {
    const r = analyseResolution(text);
    expect(r).toMatchObject({ symbol: 'A/RES/78/270', session: 78, adoptedOn: '2024-04-03', meeting: '64th (resumed) plenary meeting' });
    expect(r.paragraphs.filter((p) => p.kind === 'PREAMBULAR')).toHaveLength(2);
    expect(r.paragraphs.find((p) => p.ref === '2')?.text).toMatch(/assistance"\.$/);
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.dueSession])).toEqual([
      ['1', 'REPORT', 79],
      ['2', 'AGENDA_ITEM', 79],
    ]);
  });

  it('reads a closing meeting and date written on one line', () => {
    const r = analyseResolution(
      text.replace('64th (resumed) plenary meeting\n3 April 2024', '64th (resumed) plenary meeting 3 April 2024'),
    );
    expect(r).toMatchObject({ adoptedOn: '2024-04-03', meeting: '64th (resumed) plenary meeting' });
  });
});

describe('1990s documents with a cover block', () => {
  const text = `                                                       UNITED NATIONS
                                                                      A
                  General Assembly
                                                       Distr.
                                                       GENERAL

                                                       A/RES/50/3
                                                       23 October 1995

Fiftieth session
Agenda item 157

                   RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY

           [without reference to a Main Committee (A/50/L.4 and Add.1)]

           50/3.  Cooperation between the United Nations and the Agency
                  for Cultural and Technical Cooperation

     The General Assembly,

     Recalling its resolution 33/18 of 10 November 1978, by which it granted
observer status to the Agency for Cultural and Technical Cooperation,

     1.   Requests the Secretary-General, in consultation with the Secretary-
General of the Agency, to submit to the General Assembly at its fifty-second
session a report on the implementation of the present resolution;

     2.   Decides to include in the provisional agenda of its fifty-second
session the item entitled "Cooperation between the United Nations and the
Agency for Cultural and Technical Cooperation".

                                                    36th plenary meeting
                                                    17 October 1995
`;

  it('gives the symbol from the short heading and the adoption date from the closing, not the date of issue', () => {
    const r = analyseResolution(text);
    expect(r).toMatchObject({
      symbol: 'A/RES/50/3',
      body: 'GENERAL_ASSEMBLY',
      session: 50,
      adoptedOn: '1995-10-17',
      meeting: '36th plenary meeting',
      title: 'Cooperation between the United Nations and the Agency for Cultural and Technical Cooperation',
    });
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.actor, o.dueSession])).toEqual([
      ['1', 'REPORT', 'Secretary-General', 52],
      ['2', 'AGENDA_ITEM', 'General Assembly', 52],
    ]);
  });
});

describe('headings of other bodies', () => {
  it('reads a Human Rights Council resolution', () => {
    const r = analyseResolution(`United Nations A/HRC/RES/53/1
General Assembly Distr.: General 17 July 2023
Original: English
Human Rights Council
Fifty-third session
19 June–14 July 2023
Agenda item 3
Promotion and protection of all human rights, civil,
political, economic, social and cultural rights,
including the right to development
Resolution adopted by the Human Rights Council on 11 July 2023
53/1. Human rights and the regulation of civilian acquisition, possession and use of firearms
The Human Rights Council,
Guided by the purposes and principles of the Charter of the United Nations,
1. Requests the Office of the United Nations High Commissioner for Human Rights to prepare a report on the matter and to present it to the Human Rights Council at its fifty-sixth session;
2. Decides to continue its consideration of this issue under the same agenda item.
34th meeting
11 July 2023
[Adopted without a vote.]
`);
    expect(r).toMatchObject({
      symbol: 'A/HRC/RES/53/1',
      body: 'HUMAN_RIGHTS_COUNCIL',
      session: 53,
      adoptedOn: '2023-07-11',
      meeting: '34th meeting',
    });
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.dueBody, o.dueSession])).toEqual([['1', 'REPORT', 'HUMAN_RIGHTS_COUNCIL', 56]]);
  });

  it('reads an Economic and Social Council resolution', () => {
    const r = analyseResolution(`United Nations E/RES/2019/12
Economic and Social Council Distr.: General 15 July 2019
2019 session
26 July 2018–24 July 2019
Agenda item 19 (d)
Resolution adopted by the Economic and Social Council on 8 July 2019
[on the recommendation of the Commission on Narcotic Drugs (E/2019/28)]
2019/12. Supporting the implementation of the outcome of the special session
The Economic and Social Council,
Recalling its resolution 2018/9 of 12 June 2018,
1. Requests the Secretary-General to submit to the Economic and Social Council at its 2020 session a report on the implementation of the present resolution;
28th plenary meeting
8 July 2019
`);
    expect(r).toMatchObject({
      symbol: 'E/RES/2019/12',
      body: 'ECONOMIC_AND_SOCIAL_COUNCIL',
      number: '12',
      adoptedOn: '2019-07-08',
      meeting: '28th plenary meeting',
    });
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.actor, o.recipient])).toEqual([
      ['1', 'REPORT', 'Secretary-General', 'Economic and Social Council'],
    ]);
  });

  it('reads a 1990s Security Council resolution in capitals', () => {
    const r = analyseResolution(`UNITED NATIONS
                                                           S
                Security Council
                                                    Distr.
                                                    GENERAL

                                                    S/RES/1000 (1995)
                                                    23 June 1995

                              RESOLUTION 1000 (1995)

            Adopted by the Security Council at its 3549th meeting,
                              on 23 June 1995

     The Security Council,

     Recalling all its earlier relevant resolutions,

     1.   Decides to extend the mandate of the United Nations Peace-keeping
Force in Cyprus for a further period terminating on 31 December 1995;

     2.   Requests the Secretary-General to submit a report by 10 December
1995 on the implementation of the present resolution;

     3.   Decides to remain actively seized of the matter.
`);
    expect(r).toMatchObject({
      symbol: 'S/RES/1000 (1995)',
      body: 'SECURITY_COUNCIL',
      number: '1000',
      adoptedOn: '1995-06-23',
      meeting: '3549th meeting',
    });
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.actor, o.dueDate])).toEqual([
      ['1', 'MANDATE_RENEWAL', 'Security Council', '1995-12-31'],
      ['2', 'REPORT', 'Secretary-General', '1995-12-10'],
    ]);
  });
});
