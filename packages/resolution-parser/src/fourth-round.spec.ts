/**
 * Forms the fourth round's stress texts showed (Security Council texts of several eras, PDF and Word artefacts,
 * web copies that label paragraphs, the Fifth Committee's sections, Economic and Social Council decisions,
 * political declarations). Each rule is general: the texts here are made up to show one form at a time.
 */
import { analyseResolution } from './index';
import { normaliseCharacters } from './format/normalise';
import { stripParagraphLabels } from './format/labels';
import { cleanWordExport } from './format/word';
import { removeFurniture } from './layout/furniture';
import { toLines } from './layout/lines';

const pick = (text: string) =>
  analyseResolution(text).obligations.map((o) => ({
    paragraph: o.paragraph,
    kind: o.kind,
    actor: o.actor,
    dueSession: o.dueSession,
    dueDate: o.dueDate,
  }));

const sc = (operative: string) => `Resolution 1999 (2010)
Adopted by the Security Council at its 6000th meeting, on 10 June 2010
The Security Council,
Recalling its previous resolutions,
${operative}
`;

describe('characters and layout', () => {
  it('spells out typographic ligatures, so that "eighty-ﬁrst" is a session', () => {
    expect(normaliseCharacters('eighty-\ufb01rst conﬂict ﬀ')).toBe('eighty-first conflict ff');
    const text = `Resolution adopted by the General Assembly on 17 December 2024
79/152. Women in rural areas
The General Assembly,
Recalling its resolutions,
1. Requests the Secretary-General to submit to the General Assembly at its eighty-\ufb01rst session a report on the implementation of the present resolution.
50th plenary meeting
17 December 2024
`;
    expect(pick(text)).toEqual([{ paragraph: '1', kind: 'REPORT', actor: 'Secretary-General', dueSession: 81, dueDate: null }]);
  });

  it('drops an ODS job line printed above the heading instead of cutting the text there', () => {
    const text =
      '<<ODS JOB NO>>N2439912E<<ODS JOB NO>>\nThe General Assembly,\n1.\tRequests ...;\n<<ODS JOB NO>>N2439912E<<ODS JOB NO>>\n\tpage 2';
    expect(cleanWordExport(text)).toBe('The General Assembly,\n1.\tRequests ...;\n');
  });

  it('reads "Operative paragraph 4." and "OP4" labels as paragraph numbers and drops preambular labels', () => {
    expect(stripParagraphLabels('Preambular paragraph 2: Recalling X,\nOperative paragraph 4. Requests Y;\nOP5: Decides Z.')).toBe(
      'Recalling X,\n4. Requests Y;\n5. Decides Z.',
    );
    expect(stripParagraphLabels('4. Requests the OPCW to report;')).toBe('4. Requests the OPCW to report;');
  });

  it('removes Geneva job numbers and "symbol page/pages" furniture, keeping the symbol as a header', () => {
    const lines = toLines(
      ['session', 'GE.23-07123(E)', '2                         GE.23-07123', 'A/RES/78/70 2/5', '23-24567    3/8'].join('\n'),
    );
    const result = removeFurniture(lines);
    expect(result.lines.map((l) => l.text)).toEqual(['session', '', '', '', '']);
    expect(result.headerSymbols).toEqual(['A/RES/78/70']);
  });
});

describe('sections of the Fifth Committee', () => {
  const omnibus = `Resolution adopted by the General Assembly on 22 December 2023
78/252. Questions relating to the proposed programme budget for 2024
The General Assembly,
I
Special Envoy
1. Takes note of the report;
2. Requests the Secretary-General to ensure coordination;
II
Strategic heritage plan
Recalling section X of its resolution 77/263,
1. Takes note of the progress made;
2. Requests the Secretary-General to submit a report to the General Assembly at its seventy-ninth session.
54th plenary meeting
22 December 2023
`;

  it('numbers paragraphs within each section when the numbering starts again', () => {
    const parsed = analyseResolution(omnibus);
    expect(parsed.paragraphs.filter((p) => p.kind === 'OPERATIVE').map((p) => [p.ref, p.eId, p.section])).toEqual([
      ['I.1', 'sec_1__para_1', 'I'],
      ['I.2', 'sec_1__para_2', 'I'],
      ['II.1', 'sec_2__para_1', 'II'],
      ['II.2', 'sec_2__para_2', 'II'],
    ]);
    expect(pick(omnibus).map((o) => [o.paragraph, o.kind, o.dueSession])).toEqual([
      ['I.2', 'TASK', null],
      ['II.2', 'REPORT', 79],
    ]);
  });

  it('keeps plain numbers when the sections continue one numbering', () => {
    const continuous = omnibus
      .replace('1. Takes note of the progress', '3. Takes note of the progress')
      .replace('2. Requests the Secretary-General to submit', '4. Requests the Secretary-General to submit');
    const refs = analyseResolution(continuous)
      .paragraphs.filter((p) => p.kind === 'OPERATIVE')
      .map((p) => p.ref);
    expect(refs).toEqual(['1', '2', '3', '4']);
  });
});

describe('verbs in other persons and tenses', () => {
  it('reads an Economic and Social Council decision: meeting and date from its opener, lettered items in the past tense', () => {
    const text = `2024/207. Dates of the session of the Committee for Development Policy
At its 12th plenary meeting, on 14 February 2024, the Economic and Social Council:
(a) Decided that the twenty-seventh session of the Committee for Development Policy would be held in New York from 24 to 28 February 2025;
(b) Took note of the provisional agenda;
(c) Requested the Committee to submit to the Council at its 2025 session a report on its work.
`;
    const result = analyseResolution(text);
    expect([result.symbol, result.adoptedOn, result.meeting, result.session]).toEqual([
      'E/DEC/2024/207',
      '2024-02-14',
      '12th plenary meeting',
      2024,
    ]);
    expect(pick(text)).toEqual([
      { paragraph: '(a)', kind: 'MEETING', actor: 'Committee for Development Policy', dueSession: null, dueDate: '2025-02-24' },
      { paragraph: '(c)', kind: 'REPORT', actor: 'Committee', dueSession: 2025, dueDate: null },
    ]);
  });

  it('reads the first person plural of a political declaration, and only in a paragraph that opens with it', () => {
    const text = `Resolution adopted by the General Assembly on 7 October 2024
79/2. Political declaration
The General Assembly
Adopts the following political declaration:
We, Heads of State and Government,
1. Request the Secretary-General to provide a progress report for consideration during the eighty-first session of the General Assembly;
2. Notes that the Committee met and decided to request the Secretariat to act.
20th plenary meeting
7 October 2024
`;
    expect(pick(text)).toEqual([{ paragraph: '1', kind: 'REPORT', actor: 'Secretary-General', dueSession: 81, dueDate: null }]);
  });
});

describe('Security Council forms', () => {
  it('gives the end of an authorization to continue for a period, beside the task', () => {
    const found = pick(
      sc('1. Authorizes the United Nations military observers to continue monitoring the peninsula for a period of three months;'),
    );
    expect(found).toEqual([
      { paragraph: '1', kind: 'MANDATE_RENEWAL', actor: 'Security Council', dueSession: null, dueDate: '2010-09-10' },
      { paragraph: '1', kind: 'TASK', actor: 'United Nations military observers', dueSession: null, dueDate: null },
    ]);
  });

  it('reads presences "established for an initial period" as a mandate period', () => {
    expect(
      pick(sc('19. Decides that the international civil and security presences are established for an initial period of 12 months;')),
    ).toEqual([{ paragraph: '19', kind: 'MANDATE_RENEWAL', actor: 'Security Council', dueSession: null, dueDate: '2011-06-10' }]);
  });

  it('gives one report per deadline and reads "keep the Council updated" as a report', () => {
    const found = pick(
      sc(
        '4. Requests the Secretary-General to submit reports on his good offices by 3 July 2010 and 2 January 2011, and to keep the Security Council updated on events as necessary;',
      ),
    );
    // The request to keep the Council updated names no deadline: it joins the reports of the same clause.
    expect(found.map((o) => [o.kind, o.dueDate])).toEqual([
      ['REPORT', '2010-07-03'],
      ['REPORT', '2011-01-02'],
    ]);
    expect(pick(sc('6. Requests the Secretary-General to keep the Council updated on the situation;'))[0]?.kind).toBe('REPORT');
  });

  it('treats a State named by its name as a State action, and "a report from X" as asking X', () => {
    expect(pick(sc('2. Decides that Iran shall without further delay suspend all enrichment-related activities;'))[0]).toMatchObject({
      kind: 'STATE_ACTION',
      actor: 'Iran',
    });
    expect(pick(sc('23. Requests within 60 days a report from the Director General of the IAEA on whether Iran has complied;'))).toEqual([
      { paragraph: '23', kind: 'REPORT', actor: 'Director General of the IAEA', dueSession: null, dueDate: '2010-08-09' },
    ]);
  });

  it('gives a Committee established "to undertake the following tasks" its lettered deliverables', () => {
    const found = pick(
      sc(`18. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council consisting of all the members of the Council, to undertake the following tasks:
(a) to seek from all States information regarding the actions taken by them;
(b) to report at least every 90 days to the Security Council on its work;
19. Decides to remain seized of the matter.`),
    );
    expect(found.filter((o) => o.paragraph !== '18')).toEqual([
      { paragraph: '18 (a)', kind: 'TASK', actor: 'Committee of the Security Council', dueSession: null, dueDate: null },
      { paragraph: '18 (b)', kind: 'REPORT', actor: 'Committee of the Security Council', dueSession: null, dueDate: '2010-09-08' },
    ]);
  });

  it('starts a new paragraph at a numbering jump after a finished paragraph (abridged copies)', () => {
    const refs = analyseResolution(sc('1. Requests the Secretary-General to act;\n19. Decides to remain seized of the matter.'))
      .paragraphs.filter((p) => p.kind === 'OPERATIVE')
      .map((p) => p.ref);
    expect(refs).toEqual(['1', '19']);
  });
});

describe('review clauses', () => {
  const review = (operative: string) => analyseResolution(sc(operative)).hasReviewClause;

  it('counts the organ reverting to a question at a session and its own "it shall review"', () => {
    expect(review('2. Decides to revert to the standards of accommodation at the second part of its resumed seventy-ninth session;')).toBe(
      true,
    );
    expect(review("24. Affirms that it shall review Iran's actions in the light of the report;")).toBe(true);
    expect(review('5. Decides that the Forum shall review the effectiveness of the arrangement in 2015;')).toBe(true);
  });

  it("does not count a body's standing duty to review its own proposals", () => {
    expect(
      review(
        '6. Decides that the Special Committee shall continue its efforts and shall review the implementation of its previous proposals;',
      ),
    ).toBe(false);
  });
});

describe('actors', () => {
  const ga = (operative: string) => `Resolution adopted by the General Assembly on 6 December 1995
50/30. Comprehensive review of peace-keeping operations
The General Assembly,
Recalling its resolutions,
${operative}
90th plenary meeting
6 December 1995
`;

  it('reads a subject followed by an aside before "shall"', () => {
    expect(
      pick(
        ga('6. Decides that the Special Committee, in accordance with its mandate, shall continue its efforts for a comprehensive review;'),
      ),
    ).toEqual([{ paragraph: '6', kind: 'TASK', actor: 'Special Committee', dueSession: null, dueDate: null }]);
  });

  it('keeps "and the" inside one name, but not between two actors', () => {
    expect(
      pick(ga('3. Requests the United Nations Entity for Gender Equality and the Empowerment of Women to continue to lead the work;'))[0]
        ?.actor,
    ).toBe('United Nations Entity for Gender Equality and the Empowerment of Women');
    expect(pick(ga('3. Requests the Office of the High Commissioner and the Government of Haiti to cooperate;'))[0]?.actor).toBe(
      'Office of the High Commissioner',
    );
  });
});
