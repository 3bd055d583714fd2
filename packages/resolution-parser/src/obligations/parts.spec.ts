import { categorize, firstConjunct, personBefore, splitActorAndAction } from './actors';
import { agendaTitleOf, dueDateOf, dueSessionOf, recurrenceOf } from './due';
import { kindOf, splitInfinitives } from './kind';

const ga = { body: 'GENERAL_ASSEMBLY' as const, session: 78, reference: '2023-12-07', floor: '2023-12-07' };

describe('actors', () => {
  it.each([
    ['the Secretary-General, in accordance with article 12, paragraph 1, of the Convention,', 'the Secretary-General'],
    ['Member States and regional, governmental and non-governmental organizations', 'Member States'],
    ['all States parties', 'States parties'],
    ['the Economic and Social Council', 'Economic and Social Council'],
    ['relevant multilateral and national programmes and bodies', 'relevant multilateral and national programmes'],
  ])('first conjunct of %p', (phrase, expected) => {
    expect(firstConjunct(phrase).replace(/^the /, '')).toBe(expected.replace(/^the /, ''));
  });

  it.each<[string, string | null]>([
    ['Secretary-General', 'SG'],
    ['Mine Action Service', 'UN'],
    ['United Nations', 'UN'],
    ['UNICEF', 'UN'],
    ['Office of the United Nations High Commissioner for Human Rights', 'UN'],
    ['States parties', 'STATES'],
    ['Member States', 'STATES'],
    ['affected States', 'STATES'],
    ['parties to the conflict', 'STATES'],
    ['regional organizations', 'OTHER'],
    ['finalization of an emergency response plan by the United Nations', null],
    ['efforts', null],
    ['further establishment of such centres', null],
  ])('%s is %s', (name, category) => {
    expect(categorize(name)).toBe(category);
  });

  it('splits actor and infinitive, skipping "to" as a preposition', () => {
    expect(splitActorAndAction('Member States to provide support to the Government')).toEqual({
      actor: 'Member States',
      action: 'provide support to the Government',
    });
    expect(splitActorAndAction('the Secretary-General, through the Department, to report')).toEqual({
      actor: 'the Secretary-General, through the Department,',
      action: 'report',
    });
    expect(splitActorAndAction('the Secretary-General:')).toEqual({ actor: 'the Secretary-General', action: '' });
    expect(splitActorAndAction('the finalization of a plan')).toBeNull();
  });

  it('finds the official a pronoun refers to', () => {
    expect(personBefore('Takes note of the report of the Special Rapporteur, and ')).toBe('Special Rapporteur');
    expect(personBefore('Welcomes the efforts made, and ')).toBe('Secretary-General');
  });
});

describe('due', () => {
  it('reads due sessions with the organ they belong to', () => {
    expect(dueSessionOf(' submit to the General Assembly at its eightieth session a report', ga)).toEqual({
      session: 80,
      body: 'GENERAL_ASSEMBLY',
    });
    expect(dueSessionOf(' present to the Human Rights Council at its fifty-fifth session', ga)).toEqual({
      session: 55,
      body: 'HUMAN_RIGHTS_COUNCIL',
    });
    expect(dueSessionOf(' report at its next session', ga)).toEqual({ session: 79, body: 'GENERAL_ASSEMBLY' });
    expect(dueSessionOf(' adopted at its fifty-seventh session', ga)).toBeNull();
    expect(dueSessionOf(' during the eighty-first session of the General Assembly', ga)).toEqual({ session: 81, body: 'GENERAL_ASSEMBLY' });
    expect(dueSessionOf(' at its eightieth and eighty-first sessions', ga)).toEqual({ session: 80, body: 'GENERAL_ASSEMBLY' });
    expect(dueSessionOf(' at the main part of its resumed seventy-ninth session', ga)).toEqual({ session: 79, body: 'GENERAL_ASSEMBLY' });
  });

  it('reads due dates', () => {
    expect(dueDateOf(' report by 30 June 2024 on', ga).date).toBe('2024-06-30');
    expect(dueDateOf(' report within 90 days', ga).date).toBe('2024-03-06');
    expect(dueDateOf(' report within three months', ga).date).toBe('2024-03-07');
    expect(dueDateOf(' convene the Conference at Nairobi from 29 November to 3 December 2024', ga).date).toBe('2024-11-29');
    expect(dueDateOf(' held in Geneva from 3 to 7 May 1999', ga).date).toBeNull();
    expect(dueDateOf(' its resolution 57/74 of 22 November 2002', ga).date).toBeNull();
    expect(dueDateOf(' no later than 1 March 2025', ga).date).toBe('2025-03-01');
    expect(dueDateOf(' by the end of 2025', ga).date).toBe('2025-12-31');
    expect(dueDateOf(' within 90 days', { ...ga, reference: null })).toEqual({ date: null, relative: true, unresolved: true });
  });

  it.each<[string, string | null]>([
    ['at its sixty-sixth session and annually thereafter', 'annually'],
    ['to submit an annual report', 'annually'],
    ['biennially', 'biennially'],
    ['every two years', 'biennially'],
    ['every 120 days', 'every 120 days'],
    ['every ninety days', 'every 90 days'],
    ['on a quarterly basis', 'every 3 months'],
    ['every six months', 'every 6 months'],
    ['at its eightieth session', null],
  ])('recurrence of %p', (text, expected) => {
    expect(recurrenceOf(text)).toBe(expected);
  });

  it('reads agenda item titles in any quotation marks', () => {
    expect(agendaTitleOf('the item entitled “Assistance in mine action”.')).toBe('Assistance in mine action');
    expect(agendaTitleOf('the item entitled "Assistance in mine action".')).toBe('Assistance in mine action');
    expect(agendaTitleOf('under the item entitled “Sustainable development”, the sub-item entitled “Children’s rights”')).toBe(
      'Children’s rights',
    );
    expect(agendaTitleOf('the item on mine action')).toBeNull();
  });
});

describe('kinds', () => {
  it.each<[string, string]>([
    ['submit to the General Assembly a report', 'REPORT'],
    ['continue to report annually', 'REPORT'],
    ['include in his next report information on', 'REPORT'],
    ['keep the Council informed', 'REPORT'],
    ['prepare a report on', 'REPORT'],
    ['develop further the network to circulate standard reports', 'TASK'],
    ['convene a high-level meeting on', 'MEETING'],
    ['undertake the preparations necessary to convene the Conference', 'TASK'],
    ['make them widely available', 'TASK'],
  ])('%s -> %s', (action, kind) => {
    expect(kindOf(action, 'SG')).toBe(kind);
  });

  it('splits coordinated infinitives but not a second addressee', () => {
    expect(splitInfinitives('continue to assist States, and to report thereon at its eightieth session')).toEqual([
      'continue to assist States',
      'report thereon at its eightieth session',
    ]);
    expect(splitInfinitives('present a report to the Council and to the General Assembly')).toEqual([
      'present a report to the Council and to the General Assembly',
    ]);
  });
});
