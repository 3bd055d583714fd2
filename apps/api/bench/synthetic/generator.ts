import { ordinalWord } from '@mandate-tracker/resolution-parser';
import {
  MEETINGS,
  MONTHS,
  NEUTRAL_OPERATIVE,
  OFFICES,
  PREAMBULAR_BODIES,
  PREAMBULAR_LEADS,
  SC_SUBJECTS,
  STATE_CALLS,
  TASKS,
  TOPICS,
  type Topic,
} from './vocabulary';

/**
 * Realistic synthetic resolutions for the import benchmark, built from the
 * seeds' shapes (heading, preamble, numbered operative paragraphs with
 * sub-paragraphs, footnotes with report symbols) in the three layouts the
 * seeds show. Deterministic: the same count and seed give the same texts.
 *
 * They come as series, in the order they were adopted: each General Assembly
 * topic returns every session (or every other one), recalls its previous
 * resolution, welcomes the report that one requested (footnote with the
 * symbol) and is adopted under the item that one put on the agenda, so the
 * follow-up links of an import are exercised as with real data.
 */

export type Layout = 'word' | 'markdown' | 'plain';

export interface SyntheticResolution {
  symbol: string;
  /** A file name that says nothing the parser reads: the content carries everything. */
  fileName: string;
  layout: Layout;
  body: 'GENERAL_ASSEMBLY' | 'SECURITY_COUNCIL';
  session: number | null;
  text: string;
  /** What the text asks for, for tests: REPORT and AGENDA_ITEM obligations written into it. */
  planted: { reports: number; agendaItems: number; acknowledgedReport: string | null };
}

export interface GeneratorOptions {
  /** First GA session of the corpus; later ones follow as the count requires. */
  firstSession?: number;
  /** Share of Security Council resolutions, 0..1. */
  securityCouncilShare?: number;
}

/** mulberry32: small, fast and good enough to vary texts deterministically. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

/** 1st, 2nd, 3rd, 11th, 52nd ... as meetings are numbered. */
const nth = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? `{${key}}`);

interface Dated {
  day: number;
  month: number;
  year: number;
}
const dateText = (d: Dated): string => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

/** One paragraph before layout: lead words, the rest, footnotes it cites, sub-paragraphs. */
interface Para {
  lead: string;
  rest: string;
  /** Footnote texts cited at the end of the paragraph (before its closing punctuation for operative ones). */
  notes: string[];
  points: string[];
}

interface Draft {
  symbol: string;
  body: SyntheticResolution['body'];
  session: number | null;
  title: string;
  adopted: Dated;
  meeting: string;
  committeeLine: string | null;
  agendaItem: number | null;
  shortHeading: string | null;
  preamble: Para[];
  operative: Para[];
  planted: SyntheticResolution['planted'];
}

interface SeriesState {
  symbol: string;
  short: string;
  adopted: Dated;
  /** The session its report and agenda item were asked for. */
  reportDue: number | null;
  agendaDue: number | null;
}

export function generateResolutions(count: number, seed = 1, options: GeneratorOptions = {}): SyntheticResolution[] {
  const dice = new Dice(randomSource(seed));
  const firstSession = options.firstSession ?? 60;
  const scShare = options.securityCouncilShare ?? 0.08;
  const series = new Map<string, SeriesState>();
  const out: SyntheticResolution[] = [];
  let scNumber = 1600 + dice.int(0, 50);
  let scMeeting = 5200 + dice.int(0, 50);
  // Biennial topics come back every other session and ask for their report two sessions on.
  const cycle = (index: number) => (index % 4 === 1 ? 2 : 1);

  for (let session = firstSession; out.length < count; session += 1) {
    let number = dice.int(1, 15);
    let meetingNumber = dice.int(40, 60);
    const year = 1945 + session;
    const topics = dice.shuffle(
      TOPICS.map((topic, index) => ({ topic, index })).filter(
        ({ index }) => (session - firstSession) % cycle(index) === index % cycle(index),
      ),
    );
    for (const { topic, index } of topics) {
      if (out.length >= count) break;
      if (dice.chance(scShare / (1 - scShare))) {
        const subject = dice.pick(SC_SUBJECTS);
        scNumber += 1;
        scMeeting += dice.int(1, 6);
        out.push(render(securityCouncil(dice, subject, scNumber, scMeeting, year, series), dice));
        if (out.length >= count) break;
      }
      number += dice.int(1, 3);
      meetingNumber += dice.chance(0.3) ? 1 : 0;
      out.push(render(generalAssembly(dice, topic, session, number, meetingNumber, cycle(index), series), dice));
    }
  }
  return out;
}

function generalAssembly(
  dice: Dice,
  topic: Topic,
  session: number,
  number: number,
  meeting: number,
  cycle: number,
  series: Map<string, SeriesState>,
): Draft {
  const year = 1945 + session;
  const adopted: Dated = { day: dice.int(1, 22), month: dice.chance(0.8) ? 12 : 11, year };
  const office = dice.pick(OFFICES);
  const values = { subject: topic.subject, office };
  const previous = series.get(topic.title);
  const symbol = `A/RES/${session}/${number}`;

  const preamble: Para[] = [];
  if (previous) {
    preamble.push({
      lead: 'Recalling',
      rest: `its resolution ${previous.short} of ${dateText(previous.adopted)} and all its previous resolutions on ${topic.subject}`,
      notes: [],
      points: [],
    });
  } else {
    preamble.push({ lead: 'Recalling', rest: `its previous resolutions on ${topic.subject}`, notes: [], points: [] });
  }
  if (dice.chance(0.5)) {
    const agenda =
      session >= 70
        ? ['the 2030 Agenda for Sustainable Development', 'Resolution 70/1.']
        : ['the United Nations Millennium Declaration', 'See resolution 55/2.'];
    preamble.push({ lead: 'Recalling also', rest: agenda[0] as string, notes: [agenda[1] as string], points: [] });
  }
  for (const lead of dice.shuffle(PREAMBULAR_LEADS).slice(0, dice.int(2, 9))) {
    preamble.push({ lead, rest: fill(dice.pick(PREAMBULAR_BODIES), values), notes: [], points: [] });
  }

  const operative: Para[] = [];
  let acknowledgedReport: string | null = null;
  // The previous resolution asked for a report at this session: usually it came and is welcomed.
  if (previous?.reportDue === session && dice.chance(0.85)) {
    acknowledgedReport = `A/${session}/${dice.int(100, 480)}`;
    const withAddendum = dice.chance(0.2);
    operative.push({
      lead: dice.pick(['Welcomes', 'Takes note of', 'Takes note with appreciation of']),
      rest: `the report of the Secretary-General on ${topic.subject}`,
      notes: [`${acknowledgedReport}${withAddendum ? ' and Add.1' : ''}.`],
      points: [],
    });
  }
  const middle: Para[] = [];
  for (let i = dice.int(1, 12); i > 0; i -= 1) {
    const [lead, rest] = dice.pick(NEUTRAL_OPERATIVE) as [string, string];
    middle.push({ lead, rest: fill(rest, values), notes: [], points: [] });
  }
  for (let i = dice.int(0, 4); i > 0; i -= 1) {
    const [lead, rest] = dice.pick(STATE_CALLS) as [string, string];
    const points = dice.chance(0.3) ? subParagraphs(dice, topic) : [];
    middle.push({ lead, rest: fill(rest, values) + (points.length ? ', by providing' : ''), notes: [], points });
  }
  for (let i = dice.chance(0.6) ? dice.int(1, 2) : 0; i > 0; i -= 1) {
    const [lead, ...words] = fill(dice.pick(TASKS), values).split(' ');
    middle.push({ lead: lead as string, rest: words.join(' '), notes: [], points: [] });
  }
  if (dice.chance(0.1)) {
    const [lead, ...words] = fill(dice.pick(MEETINGS), { ...values, ordinal: ordinalWord(session + 1), year: String(year + 1) }).split(' ');
    middle.push({ lead: lead as string, rest: words.join(' '), notes: [], points: [] });
  }
  operative.push(...dice.shuffle(middle));

  let reports = 0;
  let reportDue: number | null = null;
  if (dice.chance(0.9)) {
    reportDue = session + cycle;
    reports += 1;
    const annually = cycle === 1 && dice.chance(0.1);
    operative.push({
      lead: 'Requests',
      rest: `the Secretary-General to submit to the General Assembly at its ${ordinalWord(reportDue)} session${annually ? ' and annually thereafter' : ''} a report on the implementation of the present resolution, including on ${topic.subject}`,
      notes: [],
      points: [],
    });
    if (dice.chance(0.15)) {
      reports += 1;
      operative.push({
        lead: 'Also requests',
        rest: `the Secretary-General to report to the General Assembly at its ${ordinalWord(session + cycle + 1)} session on the activities of the ${office} in this regard`,
        notes: [],
        points: [],
      });
    }
  }
  let agendaItems = 0;
  let agendaDue: number | null = null;
  if (dice.chance(0.85)) {
    agendaDue = session + cycle;
    agendaItems += 1;
    operative.push({
      lead: 'Decides',
      rest: `to include in the provisional agenda of its ${ordinalWord(agendaDue)} session the item entitled "${topic.title}"`,
      notes: [],
      points: [],
    });
  }
  if (reports === 0 && agendaItems === 0) {
    // Every resolution of the corpus creates at least one obligation, as nearly all real ones do.
    const [lead, ...words] = fill(TASKS[0] as string, values).split(' ');
    operative.push({ lead: lead as string, rest: words.join(' '), notes: [], points: [] });
  }

  series.set(topic.title, { symbol, short: `${session}/${number}`, adopted, reportDue, agendaDue });
  const agendaItem = 10 + ((TOPICS.indexOf(topic) * 3) % 150);
  return {
    symbol,
    body: 'GENERAL_ASSEMBLY',
    session,
    title: topic.title,
    adopted,
    meeting: `${nth(meeting)} plenary meeting`,
    committeeLine: topic.committee
      ? `[on the report of the ${topic.committee} (A/${session}/${dice.int(400, 480)}, para. ${dice.int(6, 40)})]`
      : `[without reference to a Main Committee (A/${session}/L.${dice.int(10, 70)})]`,
    agendaItem: dice.chance(0.9) ? agendaItem : null,
    shortHeading: `${session}/${number}.`,
    preamble,
    operative,
    planted: { reports, agendaItems, acknowledgedReport },
  };
}

function subParagraphs(dice: Dice, topic: Topic): string[] {
  const all = [
    `assistance to the countries concerned for the establishment and development of national capacities in the field of ${topic.subject}`,
    'support for national and local programmes, in cooperation with the relevant bodies of the United Nations system and relevant regional organizations',
    'reliable, predictable, timely and, where possible, multi-annual contributions, including through the relevant trust funds',
    'necessary information and technical, financial and material assistance, in accordance with international law',
  ];
  return all.slice(0, dice.int(2, 4));
}

function securityCouncil(
  dice: Dice,
  subject: string,
  number: number,
  meeting: number,
  year: number,
  series: Map<string, SeriesState>,
): Draft {
  const adopted: Dated = { day: dice.int(1, 28), month: dice.int(1, 12), year };
  const previous = series.get(`SC:${subject}`);
  const symbol = `S/RES/${number} (${year})`;
  const preamble: Para[] = [
    previous
      ? {
          lead: 'Recalling',
          rest: `its resolution ${previous.short} and all its previous resolutions and statements of its President concerning ${subject}`,
          notes: [],
          points: [],
        }
      : {
          lead: 'Recalling',
          rest: `all its previous resolutions and statements of its President concerning ${subject}`,
          notes: [],
          points: [],
        },
    {
      lead: 'Reaffirming',
      rest: 'its primary responsibility under the Charter of the United Nations for the maintenance of international peace and security',
      notes: [],
      points: [],
    },
  ];
  const leads = ['Expressing grave concern at', 'Welcoming', 'Stressing the importance of', 'Taking note of'];
  for (const lead of dice.shuffle(leads).slice(0, dice.int(1, 3))) {
    preamble.push({
      lead,
      rest: `the developments regarding ${subject}, and the efforts of the Secretary-General and of the regional organizations concerned`,
      notes: [],
      points: [],
    });
  }
  const operative: Para[] = [
    {
      lead: 'Demands',
      rest: 'that all parties comply with their obligations under international law, including international humanitarian law',
      notes: [],
      points: [],
    },
    {
      lead: 'Calls upon',
      rest: 'all Member States to cooperate fully with the Secretary-General and to support the implementation of the present resolution',
      notes: [],
      points: [],
    },
  ];
  let reports = 1;
  operative.push({
    lead: 'Requests',
    rest: `the Secretary-General to report to the Security Council within ${dice.pick([30, 60, 90, 120])} days on the implementation of the present resolution`,
    notes: [],
    points: [],
  });
  if (dice.chance(0.5)) {
    reports += 1;
    operative.push({
      lead: 'Also requests',
      rest: `the Secretary-General to submit a report to the Security Council by ${dateText({ day: 30, month: 6, year: year + 1 })} on ${subject}`,
      notes: [],
      points: [],
    });
  }
  operative.push({ lead: 'Decides', rest: 'to remain seized of the matter', notes: [], points: [] });
  series.set(`SC:${subject}`, { symbol, short: `${number} (${year})`, adopted, reportDue: null, agendaDue: null });
  return {
    symbol,
    body: 'SECURITY_COUNCIL',
    session: null,
    title: `Resolution ${number} (${year})`,
    adopted,
    meeting: `${nth(meeting)} meeting`,
    committeeLine: null,
    agendaItem: null,
    shortHeading: null,
    preamble,
    operative,
    planted: { reports, agendaItems: 0, acknowledgedReport: null },
  };
}

// ---------------------------------------------------------------- layout

function render(draft: Draft, dice: Dice): SyntheticResolution {
  const layout: Layout = draft.body === 'SECURITY_COUNCIL' ? 'plain' : dice.chance(0.55) ? 'word' : dice.chance(0.6) ? 'markdown' : 'plain';
  const text =
    draft.body === 'SECURITY_COUNCIL'
      ? renderSecurityCouncil(draft)
      : layout === 'word'
        ? renderWord(draft)
        : layout === 'markdown'
          ? renderMarkdown(draft)
          : renderPlain(draft);
  return {
    symbol: draft.symbol,
    fileName: `${draft.symbol.replace(/[/ ()]+/g, '_').replace(/_$/, '')}.${layout === 'markdown' ? 'md' : 'txt'}`,
    layout,
    body: draft.body,
    session: draft.session,
    text,
    planted: draft.planted,
  };
}

/** Footnote numbering shared by a text's paragraphs: marks in order, notes collected for the end. */
class Notes {
  readonly list: { mark: number; text: string }[] = [];
  add(texts: string[]): number[] {
    return texts.map((text) => {
      const mark = this.list.length + 1;
      this.list.push({ mark, text });
      return mark;
    });
  }
}

function operativeLines(draft: Draft, notes: Notes, format: (n: number, p: Para, marks: number[], last: boolean) => string[]): string[] {
  return draft.operative.flatMap((para, i) => format(i + 1, para, notes.add(para.notes), i === draft.operative.length - 1));
}

function closing(para: Para, last: boolean): string {
  return para.points.length > 0 ? ':' : last ? '.' : ';';
}

function pointClosing(index: number, count: number, last: boolean): string {
  return index < count - 1 ? ';' : last ? '.' : ';';
}

const letter = (i: number) => String.fromCharCode(97 + i);

function renderWord(d: Draft): string {
  const notes = new Notes();
  const lines = [
    '[DU1]',
    `Resolution adopted by the General Assembly on ${dateText(d.adopted)}`,
    d.committeeLine ?? '',
    `${d.shortHeading}  ${d.title}`,
    '',
    '',
    '\tThe General Assembly,',
  ];
  for (const p of d.preamble) lines.push(`\t${p.lead} ${p.rest},${notes.add(p.notes).join(' ')}`);
  lines.push(
    ...operativeLines(d, notes, (n, p, marks, last) => [
      `\t${n}.\t${p.lead} ${p.rest}${marks.join(' ')}${closing(p, last)}`,
      ...p.points.map(
        (point, i) => `\t(${letter(i)})\t${point.charAt(0).toUpperCase()}${point.slice(1)}${pointClosing(i, p.points.length, last)}`,
      ),
    ]),
  );
  lines.push('', `${d.meeting}`, dateText(d.adopted));
  for (const note of notes.list) lines.push(`${note.mark} ${note.text}`);
  lines.push(
    `[DU1]<<ODS JOB NO>>N${String(d.adopted.year).slice(2)}5${String(d.shortHeading).replace(/\D/g, '').padStart(4, '0')}E<<ODS JOB NO>>`,
    `<<ODS DOC SYMBOL1>>${d.symbol}<<ODS DOC SYMBOL1>>`,
    '<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>',
  );
  return `${lines.join('\n')}\n`;
}

function renderMarkdown(d: Draft): string {
  const notes = new Notes();
  const sup = (marks: number[]) => marks.map((m) => `<sup>${m}</sup>`).join('');
  const lines = [
    '# General Assembly',
    '',
    'Distr.: General  ',
    dateText({ ...d.adopted, day: Math.min(d.adopted.day + 4, 28) }),
    '',
    `${capital(ordinalWord(d.session ?? 0))} session  `,
  ];
  if (d.agendaItem !== null) lines.push(`Agenda item ${d.agendaItem}  `);
  lines.push(d.title, '', `## Resolution adopted by the General Assembly on ${dateText(d.adopted)}`, '');
  if (d.committeeLine) lines.push(d.committeeLine, '');
  lines.push(`### ${d.shortHeading} ${d.title}`, '', '*The General Assembly,*', '');
  const pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    lines.push('---', '');
    for (const note of pending.splice(0)) lines.push(note, '');
  };
  for (const p of d.preamble) {
    const marks = notes.add(p.notes);
    lines.push(`*${p.lead}* ${linkSymbols(p.rest)},${sup(marks)}`, '');
    pending.push(...marks.map((m) => `<sup>${m}</sup> ${linkSymbols(notes.list[m - 1]?.text ?? '')}`));
  }
  flush();
  lines.push(
    ...operativeLines(d, notes, (n, p, marks, last) => {
      pending.push(...marks.map((m) => `<sup>${m}</sup> ${linkSymbols(notes.list[m - 1]?.text ?? '')}`));
      return [
        `${n}. *${p.lead}* ${p.rest}${marks.length ? ',' : ''}${sup(marks)}${closing(p, last)}`,
        '',
        ...p.points.flatMap((point, i) => [`(${letter(i)}) ${capital(point)}${pointClosing(i, p.points.length, last)}`, '']),
      ];
    }),
  );
  flush();
  lines.push(`*${d.meeting}  `, `${dateText(d.adopted)}*`);
  return `${lines.join('\n')}\n`;
}

function renderPlain(d: Draft): string {
  const notes = new Notes();
  const lines = [
    `United Nations ${d.symbol}`,
    'General Assembly Distr.: General',
    dateText({ ...d.adopted, day: Math.min(d.adopted.day + 4, 28) }),
    `${capital(ordinalWord(d.session ?? 0))} session`,
  ];
  if (d.agendaItem !== null) lines.push(`Agenda item ${d.agendaItem}`);
  lines.push('', `Resolution adopted by the General Assembly on ${dateText(d.adopted)}`, '');
  if (d.committeeLine) lines.push(d.committeeLine, '');
  lines.push(`${d.shortHeading} ${d.title}`, '', 'The General Assembly,', '');
  for (const p of d.preamble) lines.push(`${p.lead} ${p.rest},${notes.add(p.notes).join(' ')}`, '');
  lines.push(
    ...operativeLines(d, notes, (n, p, marks, last) => [
      `${n}. ${p.lead} ${p.rest}${marks.join(' ')}${closing(p, last)}`,
      '',
      ...p.points.flatMap((point, i) => [`(${letter(i)}) ${capital(point)}${pointClosing(i, p.points.length, last)}`, '']),
    ]),
  );
  lines.push(d.meeting, dateText(d.adopted), '', '_______________');
  for (const note of notes.list) lines.push(`${note.mark} ${note.text}`);
  return `${lines.join('\n')}\n`;
}

function renderSecurityCouncil(d: Draft): string {
  const number = d.symbol.replace(/^S\/RES\//, '');
  const lines = [
    `United Nations ${d.symbol}`,
    'Security Council Distr.: General',
    dateText(d.adopted),
    '',
    `Resolution ${number}`,
    '',
    `Adopted by the Security Council at its ${d.meeting}, on ${dateText(d.adopted)}`,
    '',
    'The Security Council,',
    '',
  ];
  for (const p of d.preamble) lines.push(`${p.lead} ${p.rest},`, '');
  d.operative.forEach((p, i) => lines.push(`${i + 1}. ${p.lead} ${p.rest}${closing(p, i === d.operative.length - 1)}`, ''));
  return `${lines.join('\n')}\n`;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const linkSymbols = (text: string): string => text.replace(/\b(A\/\d+\/\d+(?:\/Add\.\d+)?)\b/g, '[$1](#)');
