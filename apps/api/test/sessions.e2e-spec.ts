import request from 'supertest';
import { SessionCalendarService } from '../src/sessions/session-calendar.service';
import { dayBefore, today } from '../src/sessions/session-dates';
import { buildSession, createSession } from './factories/session.factory';
import { conflict, notFound, validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

// The General Assembly's seeded sessions stay; each test works on other bodies' sessions or reads the seed.
beforeEach(async () => {
  await t.prisma.session.deleteMany({ where: { body: { not: 'GENERAL_ASSEMBLY' } } });
});

interface SessionBody {
  id: number;
  body: string;
  number: number;
  opensOn: string;
  closesOn: string | null;
}

const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('seeded General Assembly sessions', () => {
  it('holds sessions 1 to 85, the known openings, and each closing the day before the next opening', async () => {
    const rows = await t.prisma.session.findMany({ where: { body: 'GENERAL_ASSEMBLY' }, orderBy: { number: 'asc' } });
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 85 }, (_, i) => i + 1));
    const opening = (n: number) => rows[n - 1]?.opensOn.toISOString().slice(0, 10);
    expect([53, 61, 75, 78, 79, 80].map(opening)).toEqual([
      '1998-09-08',
      '2006-09-12',
      '2020-09-15',
      '2023-09-05',
      '2024-09-10',
      '2025-09-09',
    ]);
    for (const row of rows.slice(0, -1)) {
      expect(row.closesOn?.toISOString().slice(0, 10)).toBe(dayBefore(opening(row.number + 1) ?? ''));
    }
    expect(rows[84]?.closesOn).toBeNull();
  });
});

describe('GET /api/sessions', () => {
  it('pages the seeded sessions newest first with Content-Range', async () => {
    const response = await request(t.server).get('/api/sessions').query({ range: '[0,2]' }).expect(200);
    expect(response.headers['content-range']).toBe('sessions 0-2/85');
    expect(response.body.map((s: SessionBody) => s.number)).toEqual([85, 84, 83]);
    expect(response.body[2]).toEqual({
      id: expect.any(Number),
      body: 'GENERAL_ASSEMBLY',
      number: 83,
      opensOn: '2028-09-05',
      closesOn: '2029-09-10',
      version: 1,
    });
  });

  it('filters by body, number and ids, and sorts by opening', async () => {
    const hrc = await createSession(t.prisma, { number: 53, opensOn: '2023-06-19', closesOn: '2023-07-14' });
    await createSession(t.prisma, { number: 54, opensOn: '2023-09-11', closesOn: '2023-10-13' });
    const byBody = await request(t.server)
      .get('/api/sessions')
      .query({ filter: '{"body":"HUMAN_RIGHTS_COUNCIL"}', sort: '["opensOn","ASC"]' })
      .expect(200);
    expect(byBody.body.map((s: SessionBody) => s.number)).toEqual([53, 54]);
    const byNumber = await request(t.server).get('/api/sessions').query({ filter: '{"number":53}', sort: '["id","ASC"]' }).expect(200);
    expect(byNumber.body.map((s: SessionBody) => s.body)).toEqual(['GENERAL_ASSEMBLY', 'HUMAN_RIGHTS_COUNCIL']);
    const byIds = await request(t.server)
      .get('/api/sessions')
      .query({ filter: JSON.stringify({ id: [hrc.id] }) })
      .expect(200);
    expect(byIds.body.map((s: SessionBody) => s.id)).toEqual([hrc.id]);
  });

  it('finds the sessions open today with current, and the others with current=false', async () => {
    const now = today();
    const open = await createSession(t.prisma, { opensOn: plusDays(now, -10), closesOn: plusDays(now, 10) });
    await createSession(t.prisma, { opensOn: plusDays(now, -40), closesOn: plusDays(now, -20) });
    const response = await request(t.server).get('/api/sessions').query({ filter: '{"current":true}' }).expect(200);
    const gaNow = await t.app.get(SessionCalendarService).sessionOpenOn('GENERAL_ASSEMBLY');
    expect(response.body.map((s: SessionBody) => `${s.body} ${s.number}`).sort()).toEqual(
      [`HUMAN_RIGHTS_COUNCIL ${open.number}`, ...(gaNow && gaNow.number <= 85 ? [`GENERAL_ASSEMBLY ${gaNow.number}`] : [])].sort(),
    );
    for (const session of response.body as SessionBody[]) {
      expect(session.opensOn <= now && (session.closesOn === null || now <= session.closesOn)).toBe(true);
    }
    const others = await request(t.server)
      .get('/api/sessions')
      .query({ filter: '{"current":false,"body":"HUMAN_RIGHTS_COUNCIL"}' })
      .expect(200);
    expect(others.body.map((s: SessionBody) => s.id)).not.toContain(open.id);
    expect(others.body).toHaveLength(1);
    const either = await request(t.server)
      .get('/api/sessions')
      .query({ filter: '{"current":null,"body":"HUMAN_RIGHTS_COUNCIL"}' })
      .expect(200);
    expect(either.body).toHaveLength(2);
  });

  it.each([
    [{ sort: '["closesOn","ASC"]' }, 'sort'],
    [{ range: '[3,1]' }, 'range'],
    [{ filter: '{"number":0}' }, 'filter.number'],
    [{ filter: '{"current":"yes"}' }, 'filter.current'],
    [{ filter: '{"body":"UNICEF"}' }, 'filter.body'],
    [{ filter: '{"year":2023}' }, 'filter.year'],
  ])('refuses %j naming %s', async (query, field) => {
    const response = await request(t.server).get('/api/sessions').query(query).expect(400);
    expect(response.body).toEqual(validationError({ [field]: expect.any(String) }));
  });
});

describe('GET /api/sessions/:id', () => {
  it('returns one session, 404 for a missing one and 400 for a malformed id', async () => {
    const stored = await createSession(t.prisma, { number: 53, opensOn: '2023-06-19', closesOn: null });
    const response = await request(t.server).get(`/api/sessions/${stored.id}`).expect(200);
    expect(response.body).toEqual({
      id: stored.id,
      body: 'HUMAN_RIGHTS_COUNCIL',
      number: 53,
      opensOn: '2023-06-19',
      closesOn: null,
      version: 1,
    });
    expect((await request(t.server).get('/api/sessions/999999').expect(404)).body).toEqual(notFound);
    expect((await request(t.server).get('/api/sessions/x1').expect(400)).body).toEqual(
      validationError({ id: expect.stringContaining('x1') }),
    );
  });
});

describe('POST /api/sessions', () => {
  it('creates a session with an audit event', async () => {
    const input = buildSession({ number: 55, opensOn: '2024-02-26', closesOn: '2024-04-05' });
    const response = await (await t.actingAs('admin.one')).post('/api/sessions').send(input).expect(201);
    expect(response.body).toEqual({ id: expect.any(Number), ...input, version: 1 });
    const events = await t.prisma.auditEvent.findMany({ where: { entityType: 'Session', entityId: String(response.body.id) } });
    expect(events).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        actor: 'admin.one',
        before: null,
        after: expect.objectContaining({ opensOn: '2024-02-26' }),
      }),
    ]);
  });

  it('answers 409 for a session number the body already has, writing nothing', async () => {
    const eventsBefore = await t.prisma.auditEvent.count();
    const response = await request(t.server)
      .post('/api/sessions')
      .send(buildSession({ body: 'GENERAL_ASSEMBLY', number: 78 }))
      .expect(409);
    expect(response.body).toEqual(conflict('DUPLICATE'));
    expect(await t.prisma.session.count()).toBe(85);
    expect(await t.prisma.auditEvent.count()).toBe(eventsBefore);
  });

  it.each([
    [{ number: 0 }, 'number'],
    [{ number: -3 }, 'number'],
    [{ number: 'fifty-third' }, 'number'],
    [{ body: 'UNICEF' }, 'body'],
    [{ opensOn: '19 June 2023' }, 'opensOn'],
    [{ opensOn: '2023-02-30' }, 'opensOn'],
    [{ opensOn: null }, 'opensOn'],
    [{ closesOn: '2023-06-18' }, 'closesOn'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j naming the field %s and writes nothing', async (override, field) => {
    const response = await request(t.server)
      .post('/api/sessions')
      .send({ ...buildSession({ opensOn: '2023-06-19', closesOn: '2023-07-14' }), ...override })
      .expect(400);
    expect(response.body).toEqual(validationError({ [field]: expect.any(String) }));
    expect(await t.prisma.session.count({ where: { body: { not: 'GENERAL_ASSEMBLY' } } })).toBe(0);
  });
});

describe('PATCH /api/sessions/:id', () => {
  it('changes the dates sent, bumps the version and records before and after', async () => {
    const stored = await createSession(t.prisma, { number: 53, opensOn: '2023-06-19', closesOn: null });
    await createSession(t.prisma, { number: 54, opensOn: '2023-09-11', closesOn: null });
    const calendar = t.app.get(SessionCalendarService);
    await expect(calendar.closesOn('HUMAN_RIGHTS_COUNCIL', 53)).resolves.toBe('2023-09-10');
    const response = await (
      await t.actingAs('admin.one')
    )
      .patch(`/api/sessions/${stored.id}`)
      .send({ closesOn: '2023-07-14', version: 1 })
      .expect(200);
    expect(response.body).toMatchObject({ number: 53, opensOn: '2023-06-19', closesOn: '2023-07-14', version: 2 });
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'Session', entityId: String(stored.id), action: 'UPDATE' },
    });
    expect(event).toMatchObject({
      actor: 'admin.one',
      before: expect.objectContaining({ closesOn: null }),
      after: expect.objectContaining({ closesOn: '2023-07-14' }),
    });
    // Administrators' corrections feed the calendar that obligations use.
    await expect(calendar.closesOn('HUMAN_RIGHTS_COUNCIL', 53)).resolves.toBe('2023-07-14');
  });

  it('answers 409 with the current record when the version is stale', async () => {
    const stored = await createSession(t.prisma);
    await request(t.server).patch(`/api/sessions/${stored.id}`).send({ closesOn: '2023-07-20', version: 1 }).expect(200);
    const response = await request(t.server).patch(`/api/sessions/${stored.id}`).send({ closesOn: '2023-07-21', version: 1 }).expect(409);
    expect(response.body).toEqual(conflict('STALE_VERSION'));
    expect(response.body.details.current).toMatchObject({ closesOn: '2023-07-20', version: 2 });
  });

  it('refuses a closing before the stored opening, a null opening, 0 as number; 404; 409 on a number clash', async () => {
    const stored = await createSession(t.prisma, { number: 60, opensOn: '2023-06-19', closesOn: '2023-07-14' });
    await createSession(t.prisma, { number: 61 });
    const patch = (id: number, body: object) =>
      request(t.server)
        .patch(`/api/sessions/${id}`)
        .send({ version: 1, ...body });
    expect((await patch(stored.id, { closesOn: '2023-06-01' }).expect(400)).body).toEqual(
      validationError({ closesOn: expect.stringContaining('2023-06-19') }),
    );
    expect((await patch(stored.id, { opensOn: '2023-08-01' }).expect(400)).body).toEqual(validationError({ closesOn: expect.any(String) }));
    expect((await patch(stored.id, { opensOn: null }).expect(400)).body).toEqual(validationError({ opensOn: expect.any(String) }));
    expect((await patch(stored.id, { number: 0 }).expect(400)).body).toEqual(validationError({ number: expect.any(String) }));
    expect((await patch(999999, { closesOn: null }).expect(404)).body).toEqual(notFound);
    expect((await patch(stored.id, { number: 61 }).expect(409)).body).toEqual(conflict('DUPLICATE'));
    expect((await t.prisma.session.findUniqueOrThrow({ where: { id: stored.id } })).version).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'Session', entityId: String(stored.id) } })).toBe(0);
  });

  it('clears the closing day with null', async () => {
    const stored = await createSession(t.prisma);
    const response = await request(t.server).patch(`/api/sessions/${stored.id}`).send({ closesOn: null, version: 1 }).expect(200);
    expect(response.body).toMatchObject({ closesOn: null, version: 2 });
  });
});

describe('DELETE /api/sessions/:id', () => {
  it('deletes and returns the session with an audit event, then answers 404', async () => {
    const stored = await createSession(t.prisma);
    const response = await request(t.server).delete(`/api/sessions/${stored.id}`).expect(200);
    expect(response.body).toMatchObject({ id: stored.id, number: stored.number });
    expect((await request(t.server).delete(`/api/sessions/${stored.id}`).expect(404)).body).toEqual(notFound);
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'Session', action: 'DELETE', entityId: String(stored.id) } })).toBe(1);
  });
});

describe('SessionCalendarService', () => {
  it('reads the table first and falls back to the General Assembly rule beyond it', async () => {
    const calendar = t.app.get(SessionCalendarService);
    await expect(calendar.opensOn('GENERAL_ASSEMBLY', 80)).resolves.toBe('2025-09-09');
    await expect(calendar.closesOn('GENERAL_ASSEMBLY', 80)).resolves.toBe('2026-09-07');
    // 85 is the last one seeded: it closes when the computed 86th opens, which is not in the table.
    const eightySixth = await calendar.opensOn('GENERAL_ASSEMBLY', 86);
    expect(eightySixth).toMatch(/^2031-09-/);
    await expect(calendar.closesOn('GENERAL_ASSEMBLY', 85)).resolves.toBe(dayBefore(eightySixth ?? ''));
    await expect(calendar.opensOn('HUMAN_RIGHTS_COUNCIL', 53)).resolves.toBeNull();
  });

  it('finds the session open on a date, from the table or computed', async () => {
    const calendar = t.app.get(SessionCalendarService);
    await expect(calendar.sessionOpenOn('GENERAL_ASSEMBLY', '2024-09-09')).resolves.toEqual({
      number: 78,
      opensOn: '2023-09-05',
      closesOn: '2024-09-09',
    });
    await expect(calendar.sessionOpenOn('GENERAL_ASSEMBLY', '2024-09-10')).resolves.toMatchObject({ number: 79 });
    await expect(calendar.sessionOpenOn('GENERAL_ASSEMBLY', '2033-01-15')).resolves.toMatchObject({ number: 87 });
    await createSession(t.prisma, { number: 53, opensOn: '2023-06-19', closesOn: '2023-07-14' });
    await expect(calendar.sessionOpenOn('HUMAN_RIGHTS_COUNCIL', '2023-07-01')).resolves.toEqual({
      number: 53,
      opensOn: '2023-06-19',
      closesOn: '2023-07-14',
    });
    await expect(calendar.sessionOpenOn('HUMAN_RIGHTS_COUNCIL', '2023-08-01')).resolves.toBeNull();
    await expect(calendar.currentSessions('2023-07-01')).resolves.toEqual({ GENERAL_ASSEMBLY: 77, HUMAN_RIGHTS_COUNCIL: 53 });
  });
});
