import { analyseResolution } from '../analyse';

function pick(text: string, options = {}) {
  return analyseResolution(text, options).obligations.map((o) => ({
    paragraph: o.paragraph,
    kind: o.kind,
    strength: o.strength,
    actor: o.actor,
    recipient: o.recipient,
    dueBody: o.dueBody,
    dueSession: o.dueSession,
    dueDate: o.dueDate,
    recurrence: o.recurrence,
    agendaItemTitle: o.agendaItemTitle,
  }));
}

const NONE = { recipient: null, dueBody: null, dueSession: null, dueDate: null, recurrence: null, agendaItemTitle: null };

describe('Security Council texts', () => {
  const text = `Resolution 2720 (2023)

Adopted by the Security Council at its 9520th meeting, on 22 December 2023

The Security Council,

Recalling its resolutions 2712 (2023) and 2417 (2018), and reaffirming its previous resolutions on the situation in the Middle East,

Expressing deep concern at the dire humanitarian situation,

1. Demands that all parties to the conflict comply with their obligations under international law;

2. Requests the Secretary-General to appoint a Senior Humanitarian and Reconstruction Coordinator, and further requests the Secretary-General to report to the Council within 90 days on the implementation of the present resolution;

3. Requests the Secretary-General to report to the Council by 30 June 2024 on progress made;

4. Requests the Secretary-General to brief the Council every 120 days on the implementation of this resolution;

5. Decides to remain actively seized of the matter.
`;

  it('reads the heading of a Council resolution', () => {
    const r = analyseResolution(text);
    expect(r).toMatchObject({
      symbol: 'S/RES/2720 (2023)',
      body: 'SECURITY_COUNCIL',
      number: '2720',
      session: null,
      adoptedOn: '2023-12-22',
      meeting: '9520th meeting',
      recalls: ['S/RES/2712 (2023)', 'S/RES/2417 (2018)'],
    });
  });

  it('counts relative periods from the adoption date and keeps recurrences', () => {
    expect(pick(text)).toEqual([
      { ...NONE, paragraph: '2', kind: 'TASK', strength: 'mandatory', actor: 'Secretary-General' },
      {
        ...NONE,
        paragraph: '2',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Secretary-General',
        recipient: 'Security Council',
        dueDate: '2024-03-21',
      },
      {
        ...NONE,
        paragraph: '3',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Secretary-General',
        recipient: 'Security Council',
        dueDate: '2024-06-30',
      },
      {
        ...NONE,
        paragraph: '4',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Secretary-General',
        recipient: 'Security Council',
        dueDate: '2024-04-20',
        recurrence: 'every 120 days',
      },
    ]);
  });

  it('lists demands on parties only when hortatory calls on States are asked for', () => {
    expect(pick(text, { includeHortatoryCallsOnStates: true })[0]).toEqual({
      ...NONE,
      paragraph: '1',
      kind: 'STATE_ACTION',
      strength: 'hortatory',
      actor: 'parties to the conflict',
    });
  });

  it('reads "no later than three months after adoption" and Chapter VII duties of States', () => {
    const t =
      'Adopted by the Security Council at its 9000th meeting, on 1 March 2022\n\nThe Security Council,\n\n1. Decides that all States shall report to the Committee no later than three months after the adoption of this resolution;';
    expect(pick(t)).toEqual([
      { ...NONE, paragraph: '1', kind: 'STATE_ACTION', strength: 'mandatory', actor: 'States', dueDate: '2022-06-01' },
    ]);
  });

  it('reads reports named after an aside, and periods that run from a later deadline', () => {
    const t = `Adopted by the Security Council at its 9711th meeting, on 30 July 2024

The Security Council,

1. Requests the Panel of Experts to provide to the Council, after discussion with the Committee, a midterm report no later than 31 January 2025 and a final report no later than 15 June 2025;

2. Requests the Secretary-General to report to the Council by 15 June 2025 on the progress achieved, and to brief the Council every six months thereafter;`;
    expect(pick(t)).toEqual([
      {
        ...NONE,
        paragraph: '1',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Panel of Experts',
        recipient: 'Security Council',
        dueDate: '2025-01-31',
      },
      // "and a final report no later than 15 June 2025": a second deliverable of the same request.
      {
        ...NONE,
        paragraph: '1',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Panel of Experts',
        recipient: 'Security Council',
        dueDate: '2025-06-15',
      },
      {
        ...NONE,
        paragraph: '2',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Secretary-General',
        recipient: 'Security Council',
        dueDate: '2025-06-15',
      },
      {
        ...NONE,
        paragraph: '2',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Secretary-General',
        recipient: 'Security Council',
        recurrence: 'every 6 months',
      },
    ]);
  });

  it('warns when a period cannot be counted because the adoption date is missing', () => {
    const r = analyseResolution(text.replace(', on 22 December 2023', ''));
    expect(r.adoptedOn).toBeNull();
    expect(r.obligations.find((o) => o.paragraph === '2' && o.kind === 'REPORT')?.dueDate).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('RELATIVE_DUE_WITHOUT_DATE');
    expect(analyseResolution(text.replace(', on 22 December 2023', ''), { adoptedOn: '2023-12-22' }).obligations[1]?.dueDate).toBe(
      '2024-03-21',
    );
  });
});

describe('Human Rights Council texts', () => {
  const text = `Human Rights Council
Fifty-second session
Agenda item 4

Resolution adopted by the Human Rights Council on 4 April 2023

52/1. Situation of human rights in Freedonia

The Human Rights Council,

Recalling its resolution 49/1 and General Assembly resolution 60/251 of 15 March 2006,

1. Decides to extend the mandate of the Special Rapporteur on the situation of human rights in Freedonia for a period of one year;

2. Requests the Special Rapporteur to present a report to the Human Rights Council at its fifty-fifth session and to the General Assembly at its seventy-eighth session;

3. Requests the United Nations High Commissioner for Human Rights to present an oral update to the Council at its fifty-fourth session, to be followed by an interactive dialogue;

4. Also requests the Secretary-General to provide the Special Rapporteur with all the assistance necessary to fulfil the mandate;

5. Decides to continue its consideration of this issue at its fifty-fifth session under the same agenda item.

36th meeting
4 April 2023
`;

  it('builds the Council symbol and counts sessions on its calendar', () => {
    const r = analyseResolution(text);
    expect(r).toMatchObject({
      symbol: 'A/HRC/RES/52/1',
      body: 'HUMAN_RIGHTS_COUNCIL',
      session: 52,
      number: '1',
      title: 'Situation of human rights in Freedonia',
      adoptedOn: '2023-04-04',
      meeting: '36th meeting',
      agendaItemNumber: 4,
      recalls: ['A/HRC/RES/49/1', 'A/RES/60/251'],
    });
    expect(pick(text)).toEqual([
      // "extend the mandate ... for a period of one year": the renewal falls due a year after adoption.
      { ...NONE, paragraph: '1', kind: 'MANDATE_RENEWAL', strength: 'mandatory', actor: 'Human Rights Council', dueDate: '2024-04-04' },
      {
        ...NONE,
        paragraph: '2',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Special Rapporteur',
        recipient: 'Human Rights Council',
        dueBody: 'HUMAN_RIGHTS_COUNCIL',
        dueSession: 55,
      },
      {
        ...NONE,
        paragraph: '3',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'United Nations High Commissioner for Human Rights',
        recipient: 'Human Rights Council',
        dueBody: 'HUMAN_RIGHTS_COUNCIL',
        dueSession: 54,
      },
      { ...NONE, paragraph: '4', kind: 'TASK', strength: 'mandatory', actor: 'Secretary-General' },
      {
        ...NONE,
        paragraph: '5',
        kind: 'AGENDA_ITEM',
        strength: 'mandatory',
        actor: 'Human Rights Council',
        dueBody: 'HUMAN_RIGHTS_COUNCIL',
        dueSession: 55,
      },
    ]);
  });
});

describe('texts without the opening line', () => {
  it('takes the organ from the adoption line to build the symbol', () => {
    const r = analyseResolution(
      'Human Rights Council\nResolution adopted by the Human Rights Council on 4 April 2023\n52/1. Situation of human rights in Freedonia\n\nRecalling its resolution 49/1,\n\n1. Requests the Special Rapporteur to present a report at its fifty-fifth session;',
    );
    expect(r).toMatchObject({
      symbol: 'A/HRC/RES/52/1',
      session: 52,
      title: 'Situation of human rights in Freedonia',
      recalls: ['A/HRC/RES/49/1'],
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['NO_OPENING_LINE']);
    expect(
      pick('Human Rights Council\n52/1. X\n\n1. Requests the Special Rapporteur to present a report at its fifty-fifth session;'),
    ).toEqual([
      {
        ...NONE,
        paragraph: '1',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Special Rapporteur',
        recipient: 'Human Rights Council',
        dueBody: 'HUMAN_RIGHTS_COUNCIL',
        dueSession: 55,
      },
    ]);
  });
});

describe('General Assembly committee texts', () => {
  const text = `Resolution adopted by the General Assembly on 20 December 2010

[on the report of the Third Committee (A/65/448/Add.2)]

65/234. Follow-up to the International Conference on Population and Development beyond 2014

The General Assembly,

Reaffirming its resolution 49/128 of 19 December 1994,

1. Takes note of the report of the Secretary-General (A/65/208), and requests him to include in his next report information on progress made;

2. Requests the Secretary-General to submit to the General Assembly at its sixty-sixth session and annually thereafter a report on the implementation of the present resolution under the item entitled “Social development”;

3. Decides to include in the provisional agenda of its sixty-sixth session, under the item entitled “Promotion and protection of human rights”, the sub-item entitled “Human rights questions, including alternative approaches”;

4. Decides to convene a high-level meeting on population and development on 22 September 2014 in New York;

5. Requests the Secretary-General:

(a) To submit a report on the operational review to the General Assembly at its sixty-ninth session;

(b) To continue to provide support to Member States;

6. Invites the President of the General Assembly to convene a one-day high-level plenary meeting during the sixty-ninth session;

7. Calls upon Member States to submit their national reports;

8. Requests Member States to provide information to the Secretary-General biennially;

69th plenary meeting
20 December 2010
`;

  it('reads committee report, recalls and acknowledged reports', () => {
    const r = analyseResolution(text);
    expect(r).toMatchObject({
      symbol: 'A/RES/65/234',
      committeeReport: 'A/65/448/Add.2',
      recalls: ['A/RES/49/128'],
      meeting: '69th plenary meeting',
    });
    expect(r.acknowledgedReports).toEqual([{ paragraph: '1', symbols: ['A/65/208'] }]);
    expect(r.paragraphs.map((p) => p.eId)).toContain('para_5__list_1__point_b');
  });

  it('extracts reports, agenda items, meetings and sub-paragraph requests', () => {
    expect(pick(text)).toEqual([
      { ...NONE, paragraph: '1', kind: 'REPORT', strength: 'mandatory', actor: 'Secretary-General', recipient: 'General Assembly' },
      {
        ...NONE,
        paragraph: '2',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Secretary-General',
        recipient: 'General Assembly',
        dueBody: 'GENERAL_ASSEMBLY',
        dueSession: 66,
        recurrence: 'annually',
        agendaItemTitle: 'Social development',
      },
      {
        ...NONE,
        paragraph: '3',
        kind: 'AGENDA_ITEM',
        strength: 'mandatory',
        actor: 'General Assembly',
        dueBody: 'GENERAL_ASSEMBLY',
        dueSession: 66,
        agendaItemTitle: 'Human rights questions, including alternative approaches',
      },
      { ...NONE, paragraph: '4', kind: 'MEETING', strength: 'mandatory', actor: 'General Assembly', dueDate: '2014-09-22' },
      {
        ...NONE,
        paragraph: '5 (a)',
        kind: 'REPORT',
        strength: 'mandatory',
        actor: 'Secretary-General',
        recipient: 'General Assembly',
        dueBody: 'GENERAL_ASSEMBLY',
        dueSession: 69,
      },
      { ...NONE, paragraph: '5 (b)', kind: 'TASK', strength: 'mandatory', actor: 'Secretary-General' },
      {
        ...NONE,
        paragraph: '6',
        kind: 'MEETING',
        strength: 'hortatory',
        actor: 'President of the General Assembly',
        dueBody: 'GENERAL_ASSEMBLY',
        dueSession: 69,
      },
      { ...NONE, paragraph: '8', kind: 'STATE_ACTION', strength: 'mandatory', actor: 'Member States', recurrence: 'biennially' },
    ]);
  });

  it('lists hortatory calls on States only when asked', () => {
    const all = pick(text, { includeHortatoryCallsOnStates: true });
    expect(all).toContainEqual({ ...NONE, paragraph: '7', kind: 'STATE_ACTION', strength: 'hortatory', actor: 'Member States' });
  });

  it('resolves "requests him" to the official named before', () => {
    const r = analyseResolution(text.replace('report of the Secretary-General (A/65/208)', 'report of the High Commissioner (A/65/208)'));
    expect(r.obligations[0]?.actor).toBe('High Commissioner');
  });
});
