import mammoth from 'mammoth';
import request from 'supertest';
import type { AgendaItemView, AgendaView, AnnotatedListView } from '@mandate-tracker/contracts';
import { importSeedsIntoEmptyDatabase } from '../src/imports/seed-import';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { validationError } from './support/error-bodies';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await importSeedsIntoEmptyDatabase(t.app);
}, 120_000);

afterAll(async () => {
  await t.close();
});

const agenda = async (query: Record<string, string | number>): Promise<AgendaView> =>
  (await request(t.server).get('/api/agenda').query(query).expect(200)).body as AgendaView;

const itemTitled = (view: AgendaView, title: string, session?: number): AgendaItemView | undefined =>
  view.items.find((item) => item.title === title && (session === undefined || item.session === session));

const OTTAWA =
  'Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-personnel Mines and on Their Destruction';

describe('GET /api/agenda on the seeds', () => {
  it('holds Assistance in mine action at the 80th session, mandated by 78/70 para. 22, with the report of para. 21 expected', async () => {
    const view = await agenda({ body: 'GENERAL_ASSEMBLY', sessionFrom: 80 });
    expect(view).toMatchObject({ body: 'GENERAL_ASSEMBLY', sessionFrom: 80, sessionTo: 80 });
    const mine = itemTitled(view, 'Assistance in mine action', 80);
    expect(mine).toMatchObject({
      session: 80,
      allocation: 'FOURTH',
      agendaItemNumber: '46',
      forecast: false,
      mandates: [expect.objectContaining({ resolutionSymbol: 'A/RES/78/70', paragraphRef: '22' })],
    });
    expect(mine?.expectedDocuments).toEqual([
      expect.objectContaining({ resolutionSymbol: 'A/RES/78/70', paragraphRef: '21', actor: 'Secretary-General', status: 'PENDING' }),
    ]);
    // 62/99 -> 64th, 76/74 (recalled) and 78/70: the item comes back every other session.
    expect(mine?.periodicity).toBe('BIENNIAL');
    expect(mine?.history.map((h) => h.session)).toEqual(expect.arrayContaining([57, 58, 59, 62, 64, 76, 78, 80]));
  });

  it('holds both mine action and the Ottawa Convention item at the 59th session, each with its own mandate and allocation', async () => {
    const view = await agenda({ body: 'GENERAL_ASSEMBLY', sessionFrom: 59 });
    const mine = itemTitled(view, 'Assistance in mine action', 59);
    const ottawa = itemTitled(view, OTTAWA, 59);
    expect(mine).toMatchObject({
      allocation: 'PLENARY',
      mandates: [expect.objectContaining({ resolutionSymbol: 'A/RES/58/127', paragraphRef: '27' })],
    });
    expect(ottawa).toMatchObject({
      allocation: 'FIRST',
      mandates: [expect.objectContaining({ resolutionSymbol: 'A/RES/58/53', paragraphRef: '10' })],
    });
    expect(mine?.expectedDocuments.map((d) => `${d.resolutionSymbol} ${d.paragraphRef}`)).toContain('A/RES/58/127 26');
    // Plenary before the First Committee, as the annotated list orders them.
    expect(view.items.indexOf(mine as AgendaItemView)).toBeLessThan(view.items.indexOf(ottawa as AgendaItemView));
  });

  it('forecasts mine action at the 82nd session from its biennial rhythm, not yet mandated', async () => {
    const view = await agenda({ body: 'GENERAL_ASSEMBLY', sessionFrom: 81, sessionTo: 83 });
    const mine = view.items.filter((item) => item.title === 'Assistance in mine action');
    expect(mine.map((item) => [item.session, item.forecast])).toEqual([[82, true]]);
    expect(mine[0]).toMatchObject({ mandates: [], allocation: 'FOURTH' });
  });

  it('refuses a bad body, a missing session, a reversed or too long range with the field named', async () => {
    const bad = (query: Record<string, string | number>, errors: Record<string, unknown>) =>
      request(t.server)
        .get('/api/agenda')
        .query(query)
        .expect(400)
        .expect((r) => expect(r.body).toEqual(validationError(errors)));
    await bad({ body: 'UNITED_NATIONS', sessionFrom: 80 }, { body: expect.stringContaining('GENERAL_ASSEMBLY') });
    await bad({ body: 'GENERAL_ASSEMBLY' }, { sessionFrom: expect.any(String) });
    await bad({ body: 'GENERAL_ASSEMBLY', sessionFrom: 'eighty' }, { sessionFrom: expect.any(String) });
    await bad({ body: 'GENERAL_ASSEMBLY', sessionFrom: 83, sessionTo: 81 }, { sessionTo: expect.stringContaining('before') });
    await bad({ body: 'GENERAL_ASSEMBLY', sessionFrom: 60, sessionTo: 90 }, { sessionTo: expect.stringContaining('at most 10') });
    await bad({ body: 'GENERAL_ASSEMBLY', sessionFrom: 80, extra: 1 }, { extra: expect.any(String) });
  });
});

describe('a biennial series from synthetic resolutions', () => {
  const TITLE = 'Cooperation between the United Nations and the synthetic organization';

  beforeAll(async () => {
    // Human Rights Council sessions keep it apart from the seeds: 70 -> 72 -> 74 -> 76 -> 78, each scheduling the next.
    let previous: string | null = null;
    for (const session of [70, 72, 74, 76]) {
      const symbol = `A/HRC/RES/${session}/9`;
      const resolution = await createResolution(t.prisma, {
        symbol,
        body: 'HUMAN_RIGHTS_COUNCIL',
        sessionNumber: session,
        resolutionNumber: '9',
        title: TITLE,
      });
      if (previous) await t.prisma.resolutionRecall.create({ data: { resolutionId: resolution.id, recalledSymbol: previous } });
      previous = symbol;
      await createObligation(t.prisma, {
        resolutionId: resolution.id,
        kind: 'AGENDA_ITEM',
        paragraphRef: '12',
        dueBody: 'HUMAN_RIGHTS_COUNCIL',
        dueSession: session + 2,
        agendaItemTitle: `“${TITLE}”.`,
        quote: `Decides to consider the item entitled “${TITLE}” at its session`,
      });
      await createObligation(t.prisma, {
        resolutionId: resolution.id,
        kind: 'REPORT',
        paragraphRef: '11',
        dueBody: 'HUMAN_RIGHTS_COUNCIL',
        dueSession: session + 2,
      });
    }
  });

  it('is recognised as biennial, scheduled at the 78th session with its report, and forecast at the 80th', async () => {
    const view = await agenda({ body: 'HUMAN_RIGHTS_COUNCIL', sessionFrom: 77, sessionTo: 81 });
    expect(view.items.map((item) => [item.title, item.session, item.forecast])).toEqual([
      [TITLE, 78, false],
      [TITLE, 80, true],
    ]);
    const [scheduled, forecast] = view.items;
    expect(scheduled).toMatchObject({ periodicity: 'BIENNIAL', rhythmSince: 70 });
    expect(scheduled?.mandates).toEqual([expect.objectContaining({ resolutionSymbol: 'A/HRC/RES/76/9', paragraphRef: '12' })]);
    expect(scheduled?.expectedDocuments).toEqual([expect.objectContaining({ resolutionSymbol: 'A/HRC/RES/76/9', paragraphRef: '11' })]);
    expect(forecast).toMatchObject({ mandates: [], expectedDocuments: [] });
  });

  it('is not forecast once a resolution has scheduled it', async () => {
    const resolution = await createResolution(t.prisma, {
      symbol: 'A/HRC/RES/78/9',
      body: 'HUMAN_RIGHTS_COUNCIL',
      sessionNumber: 78,
      resolutionNumber: '9',
      title: TITLE,
    });
    const scheduling = await createObligation(t.prisma, {
      resolutionId: resolution.id,
      kind: 'AGENDA_ITEM',
      paragraphRef: '12',
      dueBody: 'HUMAN_RIGHTS_COUNCIL',
      dueSession: 80,
      agendaItemTitle: TITLE,
      quote: `Decides to consider the item entitled “${TITLE}” at its eightieth session`,
    });
    try {
      const view = await agenda({ body: 'HUMAN_RIGHTS_COUNCIL', sessionFrom: 80 });
      expect(view.items.map((item) => [item.session, item.forecast, item.mandates.length])).toEqual([[80, false, 1]]);
    } finally {
      await t.prisma.resolution.delete({ where: { id: scheduling.resolutionId } });
    }
  });
});

describe('sub-items', () => {
  it('are shown under their item, which is listed even with no mandate of its own', async () => {
    const resolution = await createResolution(t.prisma, {
      symbol: 'A/RES/79/301',
      sessionNumber: 79,
      resolutionNumber: '301',
      title: 'Agricultural technology',
    });
    await createObligation(t.prisma, {
      resolutionId: resolution.id,
      kind: 'AGENDA_ITEM',
      paragraphRef: '3',
      dueSession: 81,
      agendaItemTitle: 'Agricultural technology for sustainable development',
      quote:
        'Decides to include in the provisional agenda of its eighty-first session, under the item entitled “Sustainable development”, the sub-item entitled “Agricultural technology for sustainable development”',
    });
    const view = await agenda({ body: 'GENERAL_ASSEMBLY', sessionFrom: 81 });
    const parent = itemTitled(view, 'Sustainable development', 81);
    expect(parent).toMatchObject({ mandates: [], forecast: false });
    expect(parent?.subItems).toEqual([
      expect.objectContaining({
        title: 'Agricultural technology for sustainable development',
        mandates: [expect.objectContaining({ resolutionSymbol: 'A/RES/79/301', paragraphRef: '3' })],
      }),
    ]);
    expect(itemTitled(view, 'Agricultural technology for sustainable development')).toBeUndefined();
  });

  it('are recognised whatever the phrasing: "under the item entitled “X” … the sub-item “Y”" lands Y under X', async () => {
    const resolution = await createResolution(t.prisma, {
      symbol: 'A/RES/80/302',
      sessionNumber: 80,
      resolutionNumber: '302',
      title: 'Alternative approaches to human rights',
    });
    await createObligation(t.prisma, {
      resolutionId: resolution.id,
      kind: 'AGENDA_ITEM',
      paragraphRef: '14',
      dueSession: 82,
      // What the parser stores for this phrasing: the first title after "entitled", which here is the parent's.
      agendaItemTitle: 'Promotion and protection of human rights',
      quote:
        'Decides to continue its consideration of the question at its eighty-second session, under the item entitled "Promotion and protection of human rights",\nand to include in that item the sub-item “Human rights questions, including alternative approaches”',
    });
    const view = await agenda({ body: 'GENERAL_ASSEMBLY', sessionFrom: 82 });
    const parent = itemTitled(view, 'Promotion and protection of human rights', 82);
    expect(parent).toMatchObject({ mandates: [] });
    expect(parent?.subItems).toEqual([
      expect.objectContaining({
        title: 'Human rights questions, including alternative approaches',
        mandates: [expect.objectContaining({ resolutionSymbol: 'A/RES/80/302', paragraphRef: '14' })],
      }),
    ]);
    expect(itemTitled(view, 'Human rights questions, including alternative approaches')).toBeUndefined();
  });
});

describe('the annotated preliminary list', () => {
  it('reads as the Secretariat writes it, for the 80th session', async () => {
    const response = await request(t.server).get('/api/agenda/annotated-list').query({ body: 'GENERAL_ASSEMBLY', session: 80 }).expect(200);
    const list = response.body as AnnotatedListView;
    expect(list.title).toBe(
      'Annotated preliminary list of items to be included in the provisional agenda of the eightieth session of the General Assembly',
    );
    const section = list.sections.find((s) => s.allocation === 'FOURTH');
    expect(section?.heading).toBe('Special Political and Decolonization Committee (Fourth Committee)');
    expect(section?.items[0]).toMatchObject({
      title: 'Assistance in mine action',
      mandate: 'In accordance with resolution 78/70, paragraph 22.',
      documentation: ['Report of the Secretary-General (resolution 78/70, para. 21)'],
    });
    expect(section?.items[0]?.history).toMatch(/^The item was included in the agenda of the forty-eighth session \(resolution 48\/7\)\./);
    expect(section?.items[0]?.history).toContain('considered biennially since the sixtieth session');
  });

  it('downloads as a Word document whose text holds the item, its mandate and its documentation', async () => {
    const response = await request(t.server)
      .get('/api/agenda/annotated-list.docx')
      .query({ body: 'GENERAL_ASSEMBLY', session: 80 })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe('attachment; filename="annotated-list-general-assembly-80.docx"');
    const { value: text } = await mammoth.extractRawText({ buffer: response.body as Buffer });
    expect(text).toContain('provisional agenda of the eightieth session of the General Assembly');
    expect(text).toContain('Special Political and Decolonization Committee (Fourth Committee)');
    expect(text).toContain('1. Assistance in mine action');
    expect(text).toContain('In accordance with resolution 78/70, paragraph 22.');
    expect(text).toContain('Report of the Secretary-General (resolution 78/70, para. 21)');
  });

  it('downloads as Markdown, the plenary before the First Committee for the 59th session', async () => {
    const response = await request(t.server)
      .get('/api/agenda/annotated-list.md')
      .query({ body: 'GENERAL_ASSEMBLY', session: 59 })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const md = response.text;
    expect(md).toContain('# Annotated preliminary list of items to be included in the provisional agenda of the fifty-ninth session');
    expect(md.indexOf('## Plenary')).toBeGreaterThan(0);
    expect(md.indexOf('## Plenary')).toBeLessThan(md.indexOf('## Disarmament and International Security Committee (First Committee)'));
    expect(md).toContain('### 1. Assistance in mine action');
    expect(md).toContain(`### 2. ${OTTAWA}`);
    expect(md).toContain('In accordance with resolution 58/53, paragraph 10.');
  });

  it('refuses a missing session', async () => {
    const response = await request(t.server).get('/api/agenda/annotated-list.docx').query({ body: 'GENERAL_ASSEMBLY' }).expect(400);
    expect(response.body).toEqual(validationError({ session: expect.any(String) }));
  });
});
