/**
 * The shapes real resolutions of every body take that the first round missed: several requests in one
 * paragraph, lettered deliverables, meetings, fields read only from the asking clause, coordinated actors
 * and hyphens split by PDF extraction. Each text is written the way the United Nations prints it.
 */
import { analyseResolution } from '../analyse';

function gaText(operative: string, closing = '\n72nd plenary meeting\n14 December 2023\n'): string {
  return `Resolution adopted by the General Assembly on 14 December 2023

[on the report of the Third Committee (A/78/481)]

78/120. Follow-up to the World Summit for Social Development

The General Assembly,

Recalling its resolution 76/136 of 16 December 2021,

${operative}
${closing}`;
}

function pick(text: string) {
  return analyseResolution(text).obligations.map((o) => ({
    paragraph: o.paragraph,
    kind: o.kind,
    actor: o.actor,
    dueSession: o.dueSession,
    dueDate: o.dueDate,
  }));
}

describe('several requests in one paragraph', () => {
  it('gives a meeting and a task for "decides to convene ... and requests the Secretary-General to make the arrangements"', () => {
    const text = gaText(
      `1. Decides to convene a high-level meeting of the General Assembly on the fight against antimicrobial resistance on 26 September 2024, and requests the Secretary-General to make the necessary arrangements for the meeting, within existing resources;`,
    );
    expect(pick(text)).toEqual([
      { paragraph: '1', kind: 'MEETING', actor: 'General Assembly', dueSession: null, dueDate: '2024-09-26' },
      { paragraph: '1', kind: 'TASK', actor: 'Secretary-General', dueSession: null, dueDate: null },
    ]);
  });

  it('gives the working group a report for "decides to establish an open-ended working group ..., which shall submit its report"', () => {
    const text = gaText(
      `1. Decides to establish an open-ended working group on ageing, which shall hold its first session in New York in 2025 and shall submit its report to the General Assembly at its eightieth session;`,
    );
    expect(pick(text)).toEqual([
      { paragraph: '1', kind: 'MEETING', actor: 'General Assembly', dueSession: null, dueDate: null },
      { paragraph: '1', kind: 'REPORT', actor: 'open-ended working group on ageing', dueSession: 80, dueDate: null },
    ]);
  });

  it('reads "to prepare and submit ... a report" as one report', () => {
    const text = gaText(
      `1. Requests the Secretary-General, in consultation with Member States and relevant United Nations entities, to prepare and submit to the General Assembly at its seventy-ninth session a comprehensive report on the implementation of the present resolution;`,
    );
    expect(pick(text)).toEqual([{ paragraph: '1', kind: 'REPORT', actor: 'Secretary-General', dueSession: 79, dueDate: null }]);
  });
});

describe('lettered sub-items', () => {
  it('gives one obligation per deliverable, referenced "3 (a)", "3 (b)"', () => {
    const text = gaText(
      `1. Takes note of the report of the Secretary-General;

2. Welcomes the efforts made by Member States;

3. Requests the Secretary-General to report on the following:

(a) The implementation of the present resolution, to the General Assembly at its seventy-ninth session;

(b) The outcome of the regional consultations, to the Commission for Social Development at its sixty-third session;`,
    );
    const found = analyseResolution(text).obligations.map((o) => [o.paragraph, o.kind, o.dueSession, o.dueBody]);
    expect(found).toEqual([
      ['3 (a)', 'REPORT', 79, 'GENERAL_ASSEMBLY'],
      ['3 (b)', 'REPORT', null, null],
    ]);
  });

  it('keeps one obligation when the sub-items only say what the report contains', () => {
    const text = gaText(
      `1. Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report containing:

(a) An analysis of progress made in the implementation of the present resolution;

(b) Recommendations on ways to strengthen the system-wide response;`,
    );
    expect(pick(text)).toEqual([{ paragraph: '1', kind: 'REPORT', actor: 'Secretary-General', dueSession: 79, dueDate: null }]);
  });

  it('splits two reports requested in one clause', () => {
    const text = gaText(
      `1. Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on the implementation of the present resolution, as well as a report on the financing of the Fund to the General Assembly at its eightieth session;`,
    );
    expect(pick(text)).toEqual([
      { paragraph: '1', kind: 'REPORT', actor: 'Secretary-General', dueSession: 79, dueDate: null },
      { paragraph: '1', kind: 'REPORT', actor: 'Secretary-General', dueSession: 80, dueDate: null },
    ]);
  });
});

describe('meetings', () => {
  it('reads "decides that the Preparatory Committee shall hold its first session in 2027"', () => {
    const text = gaText(
      `1. Decides that the Preparatory Committee shall hold its first session in New York in 2027, for a period of five days;`,
    );
    expect(pick(text)).toEqual([{ paragraph: '1', kind: 'MEETING', actor: 'Preparatory Committee', dueSession: null, dueDate: null }]);
  });

  it('reads "decides to hold", "to establish ... to meet" and "requests X to organize a meeting", with the date when given', () => {
    const text = gaText(
      `1. Decides to hold a one-day high-level plenary meeting on 19 September 2024 to commemorate the thirtieth anniversary of the Conference;

2. Decides to establish an intergovernmental expert group, to meet in Vienna from 4 to 8 March 2024, to examine options for strengthening the legal framework;

3. Requests the United Nations Office on Drugs and Crime to organize an expert group meeting before the seventy-ninth session of the General Assembly;`,
    );
    expect(pick(text)).toEqual([
      { paragraph: '1', kind: 'MEETING', actor: 'General Assembly', dueSession: null, dueDate: '2024-09-19' },
      { paragraph: '2', kind: 'MEETING', actor: 'General Assembly', dueSession: null, dueDate: '2024-03-04' },
      { paragraph: '3', kind: 'MEETING', actor: 'United Nations Office on Drugs and Crime', dueSession: 79, dueDate: null },
    ]);
  });
});

describe('fields come from the asking clause only', () => {
  it('ignores a date named for something else in the same paragraph', () => {
    const text = gaText(
      `1. Notes, in the light of the consultations held on 3 and 4 March 2024, the need for further work, and requests the Secretary-General to submit a report on the matter to the General Assembly at its seventy-ninth session;`,
    );
    expect(pick(text)).toEqual([{ paragraph: '1', kind: 'REPORT', actor: 'Secretary-General', dueSession: 79, dueDate: null }]);
  });

  it('does not take a session that names what is sent as a deadline', () => {
    const text = gaText(
      `1. Requests the Secretary-General to transmit to the Director General of the Agency the records of the seventy-eighth session of the General Assembly relating to the activities of the Agency;`,
    );
    expect(pick(text)).toEqual([{ paragraph: '1', kind: 'TASK', actor: 'Secretary-General', dueSession: null, dueDate: null }]);
  });

  it('reads the subject of "decides that, in addition to ..., X will ..." after its aside', () => {
    const text = gaText(
      `1. Decides that, in addition to the records of the general debate of the General Assembly at its seventy-eighth session, the President of the General Assembly will circulate the statement as a document of the Assembly;`,
    );
    expect(pick(text)).toEqual([
      { paragraph: '1', kind: 'TASK', actor: 'President of the General Assembly', dueSession: null, dueDate: null },
    ]);
  });

  it('keeps the full coordinated name of an actor', () => {
    const text = gaText(
      `1. Requests the Executive Directors of the United Nations Children's Fund and of UN-Women to submit a joint report to the Executive Boards at their annual sessions in 2025;`,
    );
    expect(pick(text)[0]?.actor).toBe("Executive Directors of the United Nations Children's Fund and of UN-Women");
  });

  it('joins words split by a line-end hyphen that PDF extraction left with a space, and keeps real compounds', () => {
    const text = gaText(
      `1. Requests the Secretary-General to promote sustainable develop- ment through decision- making that is gender- responsive and to support post- and pre-conflict work;`,
    );
    const quote = analyseResolution(text).obligations[0]?.quote ?? '';
    expect(quote).toContain('sustainable development through decision-making that is gender-responsive');
    expect(quote).toContain('post- and pre-conflict');
  });
});

describe('mandate periods and review clauses', () => {
  const sc = (operative: string) => `Resolution 2721 (2023)

Adopted by the Security Council at its 9521st meeting, on 29 December 2023

The Security Council,

Recalling its previous resolutions,

${operative}`;

  it('gives the end of an extended mandate as a renewal due on that date', () => {
    const r = analyseResolution(
      sc(`1. Decides to extend the mandate of the United Nations Assistance Mission in Afghanistan until 17 March 2025;

2. Decides to extend until 31 May 2025 the mandate of the Panel of Experts;

3. Decides to renew the authorization for a further period of twelve months from the date of adoption of this resolution;

4. Decides to remain actively seized of the matter.`),
    );
    expect(r.obligations.map((o) => [o.paragraph, o.kind, o.actor, o.dueDate])).toEqual([
      ['1', 'MANDATE_RENEWAL', 'Security Council', '2025-03-17'],
      ['2', 'MANDATE_RENEWAL', 'Security Council', '2025-05-31'],
      ['3', 'MANDATE_RENEWAL', 'Security Council', '2024-12-29'],
    ]);
    expect(r.hasReviewClause).toBe(false);
  });

  it('counts a mission established for an initial period from the adoption date', () => {
    const r = analyseResolution(
      sc(`1. Decides to establish the United Nations Integrated Transition Assistance Mission for an initial period of 12 months;`),
    );
    expect(r.obligations.map((o) => [o.kind, o.dueDate])).toEqual([['MANDATE_RENEWAL', '2024-12-29']]);
  });

  it('finds review and sunset clauses', () => {
    const r = analyseResolution(
      gaText(`1. Decides to review the functioning of the Forum at its eighty-second session;

2. Decides to consider the question again at its eighty-first session;

3. Further decides that these procedures shall apply only during the seventy-eighth session.`),
    );
    expect(r.reviewClauses.map((c) => [c.paragraph, c.kind])).toEqual([
      ['1', 'REVIEW'],
      ['2', 'REVIEW'],
      ['3', 'SUNSET'],
    ]);
    expect(r.hasReviewClause).toBe(true);
  });

  it('finds none in a resolution without them', () => {
    expect(
      analyseResolution(gaText('1. Requests the Secretary-General to submit a report at its seventy-ninth session;')).hasReviewClause,
    ).toBe(false);
  });
});
