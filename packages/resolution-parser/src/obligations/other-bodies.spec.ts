/**
 * The ways of the Human Rights Council, the Economic and Social Council and the Main Committees that the
 * corpus of issue 17 showed: sessions by year, bodies' own sessions, one report per organ, mandates set up
 * for a period, officials asked together, "the Council" in an Assembly text, and meetings decided in the
 * forms those bodies use.
 */
import { analyseResolution } from '../index';

const pick = (text: string) =>
  analyseResolution(text).obligations.map((o) => ({
    paragraph: o.paragraph,
    kind: o.kind,
    actor: o.actor,
    recipient: o.recipient,
    dueBody: o.dueBody,
    dueSession: o.dueSession,
    dueDate: o.dueDate,
  }));

const ecosoc = (operative: string) => `Resolution adopted by the Economic and Social Council on 24 July 2018
2018/27. Report of the Committee for Development Policy on its twentieth session
The Economic and Social Council,
Recalling its resolution 2017/29 of 25 July 2017,
${operative}
51st plenary meeting
24 July 2018
`;

const hrc = (operative: string) => `Resolution adopted by the Human Rights Council on 16 July 2020
44/9. Independence and impartiality of the judiciary
The Human Rights Council,
Guided by the purposes and principles of the Charter of the United Nations,
${operative}
48th meeting
16 July 2020
`;

const ga = (title: string, operative: string) => `Resolution adopted by the General Assembly on 15 March 2006
60/251. ${title}
The General Assembly,
Reaffirming the purposes and principles contained in the Charter of the United Nations,
${operative}
72nd plenary meeting
15 March 2006
`;

describe('Economic and Social Council: sessions go by year', () => {
  it('gives the year as the session of the resolution and of what it asks', () => {
    const text = ecosoc(`1. Requests the Secretary-General to submit a report to the Council at its 2019 session;
2. Requests the Ad Hoc Advisory Group to report to the Economic and Social Council at its substantive session of 2020.`);
    expect(analyseResolution(text).session).toBe(2018);
    expect(pick(text).map((o) => [o.paragraph, o.recipient, o.dueBody, o.dueSession])).toEqual([
      ['1', 'Economic and Social Council', 'ECONOMIC_AND_SOCIAL_COUNCIL', 2019],
      ['2', 'Economic and Social Council', 'ECONOMIC_AND_SOCIAL_COUNCIL', 2020],
    ]);
  });

  it('reads a body\u2019s own session as no due session, and the organ\u2019s after it', () => {
    const text = ecosoc(`1. Requests the Committee, at its twenty-first session, to examine the theme of the 2019 session of the Council;
2. Further requests the Committee to submit a report on its twenty-first session to the Economic and Social Council at its 2019 session.`);
    expect(pick(text).map((o) => [o.paragraph, o.kind, o.dueSession])).toEqual([
      ['1', 'TASK', null],
      ['2', 'REPORT', 2019],
    ]);
  });

  it('gives a mandate that runs until the end of a session that session as its due session', () => {
    const text = ecosoc(
      '1. Decides to extend the mandate of the Ad Hoc Advisory Group on Haiti until the conclusion of the substantive session of 2019;',
    );
    expect(pick(text)).toEqual([
      {
        paragraph: '1',
        kind: 'MANDATE_RENEWAL',
        actor: 'Economic and Social Council',
        recipient: null,
        dueBody: 'ECONOMIC_AND_SOCIAL_COUNCIL',
        dueSession: 2019,
        dueDate: null,
      },
    ]);
  });
});

describe('Human Rights Council', () => {
  it('gives one report to each organ named, and a later report without an organ goes where the first goes', () => {
    const text =
      hrc(`1. Requests the Special Rapporteur to submit a report to the Human Rights Council at its forty-seventh session and to the General Assembly at its seventy-sixth session;
2. Requests the commission of inquiry to present an oral update to the Human Rights Council at its fifty-first session during an interactive dialogue, and a written report at its fifty-second session during an interactive dialogue;
3. Requests the Special Rapporteur to report annually to the Human Rights Council, starting at its fifty-third session, and to the General Assembly, starting at its seventy-eighth session.`);
    expect(pick(text).map((o) => [o.paragraph, o.kind, o.actor, o.recipient, o.dueSession])).toEqual([
      ['1', 'REPORT', 'Special Rapporteur', 'Human Rights Council', 47],
      ['1', 'REPORT', 'Special Rapporteur', 'General Assembly', 76],
      ['2', 'REPORT', 'commission of inquiry', 'Human Rights Council', 51],
      ['2', 'REPORT', 'commission of inquiry', 'Human Rights Council', 52],
      ['3', 'REPORT', 'Special Rapporteur', 'Human Rights Council', 53],
      ['3', 'REPORT', 'Special Rapporteur', 'General Assembly', 78],
    ]);
  });

  it('counts a mandate set up for a period from adoption: appoint, establish urgently, initial duration', () => {
    const text =
      hrc(`1. Decides to appoint, for a period of three years, a special rapporteur on the rights to freedom of peaceful assembly and of association;
2. Decides to urgently establish an independent international commission of inquiry, to be appointed by the President of the Human Rights Council for an initial duration of one year, with the following mandate:
(a) To investigate all alleged violations;
(b) To make recommendations.`);
    expect(pick(text).map((o) => [o.paragraph, o.kind, o.dueDate])).toEqual([
      ['1', 'MANDATE_RENEWAL', '2023-07-16'],
      ['2', 'MANDATE_RENEWAL', '2021-07-16'],
    ]);
  });

  it('keeps both officials asked together, but only the first of a list of States and others', () => {
    const text =
      hrc(`1. Requests the Secretary-General and the United Nations High Commissioner for Human Rights to provide all the assistance necessary to the Special Rapporteur;
2. Requests the Secretary-General and the High Commissioner to provide support to the commission of inquiry;
3. Decides that Member States and the relevant United Nations entities shall cooperate fully with the Special Rapporteur.`);
    expect(pick(text).map((o) => o.actor)).toEqual([
      'Secretary-General and the United Nations High Commissioner for Human Rights',
      'Secretary-General and the High Commissioner',
      'Member States',
    ]);
  });
});

describe('the General Assembly deciding for other bodies', () => {
  it('reads "the Council" as the Council of the title, and "shall, inter alia:" items as what it asks', () => {
    const text = ga(
      'Human Rights Council',
      `1. Recommends to the Economic and Social Council that it request the Commission on Human Rights to conclude its work at its sixty-second session;
2. Decides that the Council shall, inter alia:
(a) Serve as a forum for dialogue on thematic issues on all human rights;
(b) Submit an annual report to the General Assembly;
3. Decides that the Council shall hold its first meeting on 19 June 2006;
4. Decides also that the Council shall assume and review all mandates; the Council shall complete this review within one year after the holding of its first session.`,
    );
    expect(pick(text).map((o) => [o.paragraph, o.kind, o.actor, o.dueSession, o.dueDate])).toEqual([
      ['1', 'TASK', 'Economic and Social Council', null, null],
      ['2 (a)', 'TASK', 'Human Rights Council', null, null],
      ['2 (b)', 'REPORT', 'Human Rights Council', null, null],
      ['3', 'MEETING', 'Human Rights Council', null, '2006-06-19'],
      ['4', 'TASK', 'Human Rights Council', null, null],
    ]);
  });

  it('reads the meetings committees are told to hold', () => {
    const text = ga(
      'Measures to eliminate international terrorism',
      `1. Decides to establish an Ad Hoc Committee, open to all States Members of the United Nations, to elaborate an international convention for the suppression of terrorist bombings;
2. Decides that the Ad Hoc Committee will meet from 24 February to 7 March 2007 to prepare the text of a draft convention;
3. Decides that the seventy-fourth session of the International Law Commission shall be held at the United Nations Office at Geneva from 24 April to 2 June and from 3 July to 4 August 2007;
4. Decides to convene a preparatory committee within the framework of the Commission on Sustainable Development;
5. Decides to designate the sixty-second session of the General Assembly "The Millennium Assembly", and to convene, as an integral part of it, a summit;
6. Requests the Secretary-General to submit to the Preparatory Committee at its first session a report on progress to date;
7. Requests the Secretary-General to take measures to meet the needs of the Ad Hoc Committee.`,
    );
    expect(pick(text).map((o) => [o.paragraph, o.kind, o.actor, o.recipient, o.dueSession, o.dueDate])).toEqual([
      ['1', 'TASK', 'Ad Hoc Committee', null, null, null],
      ['2', 'MEETING', 'Ad Hoc Committee', null, null, '2007-02-24'],
      ['3', 'MEETING', 'International Law Commission', null, null, '2007-04-24'],
      ['4', 'MEETING', 'General Assembly', null, null, null],
      ['5', 'MEETING', 'General Assembly', null, null, null],
      ['6', 'REPORT', 'Secretary-General', 'Preparatory Committee', null, null],
      ['7', 'TASK', 'Secretary-General', null, null, null],
    ]);
  });

  it('does not take the current session a debate was held at as a deadline', () => {
    const text = `Resolution adopted by the General Assembly on 7 December 2022
77/103. Report of the International Law Commission
The General Assembly,
Having considered the report,
1. Requests the Secretary-General to forward to the Commission the records of the debate at the seventy-seventh session of the General Assembly;
2. Requests the Secretary-General to report to the General Assembly at its seventy-eighth session.
48th plenary meeting
7 December 2022
`;
    expect(pick(text).map((o) => [o.paragraph, o.dueSession])).toEqual([
      ['1', null],
      ['2', 78],
    ]);
  });
});

describe('headings', () => {
  it('takes the adoption date from the dated line, not a catalogue line before it', () => {
    const r = analyseResolution(`Combating sand and dust storms : resolution / adopted by the General Assembly
A/RES/77/171
Distr.: General
21 December 2022
Resolution adopted by the General Assembly on 14 December 2022
77/171. Combating sand and dust storms
The General Assembly,
Recalling its resolution 70/195,
1. Requests the Secretary-General to report to the General Assembly at its seventy-ninth session.
54th plenary meeting
14 December 2022
`);
    expect(r.adoptedOn).toBe('2022-12-14');
  });
});

describe('second held-out batch', () => {
  it('builds the symbol of a special session of the Human Rights Council', () => {
    const r = analyseResolution(`Human Rights Council
Thirty-third special session
Resolution adopted by the Human Rights Council on 17 December 2021
S-33/1. Situation of human rights in Ethiopia
The Human Rights Council,
Recalling its resolution 47/13 of 13 July 2021,
1. Requests the Secretary-General urgently to provide the commission with all the assistance necessary.
2nd meeting
17 December 2021
`);
    expect(r.symbol).toBe('A/HRC/RES/S-33/1');
    expect(r.obligations.map((o) => o.actor)).toEqual(['Secretary-General']);
  });

  it('tells a report made for a body from another body\u2019s report passed on', () => {
    const text =
      ecosoc(`1. Requests the Secretary-General to prepare a report on the implementation of the global objectives on forests for the consideration of the Forum at its seventh session;
2. Requests the Secretary-General to transmit to the Commission the annual report of the Conference on Disarmament.`);
    expect(pick(text).map((o) => [o.paragraph, o.kind, o.recipient, o.dueSession])).toEqual([
      ['1', 'REPORT', 'Forum', null],
      ['2', 'TASK', null, null],
    ]);
  });
});

describe('third held-out batch', () => {
  it('reads a lower-case body as the subject of a decision, and two organs side by side as two reports', () => {
    const text =
      hrc(`1. Decides that the inter-agency task force shall meet twice a year and shall serve as the main forum for disaster reduction;
2. Requests the Special Rapporteur to submit regular reports on the implementation of the mandate to the Human Rights Council and the General Assembly;
3. Requests the Secretary-General to submit to the General Assembly a report on cooperation between the United Nations and the Economic Community of Central African States.`);
    expect(pick(text).map((o) => [o.paragraph, o.kind, o.actor, o.recipient])).toEqual([
      ['1', 'MEETING', 'inter-agency task force', null],
      ['2', 'REPORT', 'Special Rapporteur', 'Human Rights Council'],
      ['2', 'REPORT', 'Special Rapporteur', 'General Assembly'],
      ['3', 'REPORT', 'Secretary-General', 'General Assembly'],
    ]);
  });
});
