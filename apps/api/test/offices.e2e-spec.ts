import request from 'supertest';
import { createObligation } from './factories/obligation.factory';
import { conflict, notFound, validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

interface OfficeBody {
  id: number;
  name: string;
  abbreviation: string | null;
  aliases: string[];
  label: string;
  version: number;
}

const officeLabelled = async (label: string) => t.prisma.office.findUniqueOrThrow({ where: { label } });

describe('the offices the migration made', () => {
  it('holds UNMAS with its names, and the rule that suggests it for the Mine Action Service', async () => {
    const response = await request(t.server)
      .get('/api/offices')
      .query({ filter: JSON.stringify({ q: 'mine action' }) })
      .expect(200);
    expect(response.body).toEqual([
      expect.objectContaining({
        name: 'United Nations Mine Action Service',
        abbreviation: 'UNMAS',
        aliases: ['Mine Action Service', 'UN Mine Action Service'],
        label: 'UNMAS',
      }),
    ]);
    const rules = await request(t.server).get('/api/office-suggestion-rules').expect(200);
    expect(rules.body).toEqual([expect.objectContaining({ pattern: 'Mine Action Service', officeLabel: 'UNMAS' })]);
  });
});

describe('GET /api/offices', () => {
  it('is readable by every signed-in role, not anonymously', async () => {
    await request(t.anonymous).get('/api/offices').expect(401);
    const auditor = await t.userWithRole('AUDITOR');
    const response = await auditor.api.get('/api/offices').query({ range: '[0,2]' }).expect(200);
    expect(response.headers['content-range']).toMatch(/^offices 0-2\/\d+$/);
  });

  it('finds an office by an exact alias, whatever its name says', async () => {
    const response = await request(t.server)
      .get('/api/offices')
      .query({ filter: JSON.stringify({ q: 'UNODA' }) })
      .expect(200);
    expect(response.body.map((o: OfficeBody) => o.label)).toEqual(['ODA']);
  });
});

describe('POST, PATCH, DELETE /api/offices', () => {
  it('creates, renames and deletes an office, each audited, as an administrator only', async () => {
    const editor = await t.userWithRole('SECRETARIAT_EDITOR');
    await editor.api.post('/api/offices').send({ name: 'Department of Peace Operations', abbreviation: 'DPO' }).expect(403);

    const created = await request(t.server)
      .post('/api/offices')
      .send({
        name: ' Department of Peace Operations ',
        abbreviation: 'DPO',
        aliases: ['Department of Peacekeeping Operations', '', 'DPKO', 'dpko'],
      })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: 'Department of Peace Operations',
      abbreviation: 'DPO',
      aliases: ['Department of Peacekeeping Operations', 'DPKO'],
      label: 'DPO',
      version: 1,
      updatedAt: expect.any(String),
    });
    const id = created.body.id as number;
    await request(t.server).get(`/api/offices/${id}`).expect(200);

    const renamed = await request(t.server).patch(`/api/offices/${id}`).send({ abbreviation: null, version: 1 }).expect(200);
    expect(renamed.body).toMatchObject({ label: 'Department of Peace Operations', version: 2 });
    await request(t.server).patch(`/api/offices/${id}`).send({ name: 'X', version: 1 }).expect(409);

    const removed = await request(t.server).delete(`/api/offices/${id}`).expect(200);
    expect(removed.body.label).toBe('Department of Peace Operations');
    await request(t.server).get(`/api/offices/${id}`).expect(404);

    const events = await t.prisma.auditEvent.findMany({ where: { entityType: 'Office', entityId: String(id) }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('refuses a name another office already answers to, in any case, naming that office', async () => {
    const response = await request(t.server)
      .post('/api/offices')
      .send({ name: 'Mine Clearance Unit', aliases: ['mine action service'] })
      .expect(409);
    expect(response.body).toMatchObject({ ...conflict('DUPLICATE'), message: '"mine action service" already names the office UNMAS' });
    await request(t.server).post('/api/offices').send({ name: 'unmas' }).expect(409);
  });

  it('answers 400 naming the field for bad input, 404 for an unknown office', async () => {
    const response = await request(t.server).post('/api/offices').send({ name: '  ', aliases: 'UNMAS' }).expect(400);
    expect(response.body).toEqual(validationError({ name: expect.any(String), aliases: expect.any(String) }));
    await request(t.server)
      .patch('/api/offices/999999')
      .send({ name: 'Nobody' })
      .expect(404)
      .expect((r) => expect(r.body).toMatchObject(notFound));
  });

  it('carries a rename to obligations, office feeds and editors limited to the office', async () => {
    const office = await request(t.server)
      .post('/api/offices')
      .send({ name: 'Office of Counter-Terrorism', abbreviation: 'OCT' })
      .expect(201);
    const obligation = await createObligation(t.prisma, { responsibleOffice: 'OCT' });
    const editor = await t.userWithRole('SECRETARIAT_EDITOR', { offices: ['OCT'] });
    await request(t.server)
      .post('/api/calendar-feeds')
      .send({ name: 'OCT dues', scope: 'OFFICE', responsibleOffice: 'Office of Counter-Terrorism' })
      .expect(201);

    await request(t.server)
      .patch(`/api/offices/${office.body.id}`)
      .send({ abbreviation: 'UNOCT', aliases: ['OCT'] })
      .expect(200);

    expect((await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).responsibleOffice).toBe('UNOCT');
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).offices).toEqual(['UNOCT']);
    expect((await t.prisma.calendarFeed.findFirstOrThrow({ where: { name: 'OCT dues' } })).responsibleOffice).toBe('UNOCT');
    // The limited editor still edits the renamed office's obligation.
    await editor.api.patch(`/api/obligations/${obligation.id}`).send({ focalPoint: 'Jane Smith', version: 1 }).expect(200);
  });

  it('refuses to delete an office obligations still name, saying how many', async () => {
    await createObligation(t.prisma, { responsibleOffice: 'DGACM' });
    const office = await officeLabelled('DGACM');
    const response = await request(t.server).delete(`/api/offices/${office.id}`).expect(409);
    expect(response.body).toMatchObject({ error: 'REFERENCE_CONFLICT', details: { office: 'DGACM', obligations: 1 } });
  });
});

describe("an obligation's responsible office", () => {
  it('is chosen from the list by any of its names and stored as its label', async () => {
    const obligation = await createObligation(t.prisma);
    const byAlias = await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ responsibleOffice: 'mine action service', version: 1 })
      .expect(200);
    expect(byAlias.body.responsibleOffice).toBe('UNMAS');
    const byName = await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ responsibleOffice: 'Office for the Coordination of Humanitarian Affairs', version: 2 })
      .expect(200);
    expect(byName.body.responsibleOffice).toBe('OCHA');
    const cleared = await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ responsibleOffice: '', version: 3 })
      .expect(200);
    expect(cleared.body.responsibleOffice).toBeNull();
  });

  it('refuses free text that names no office with a 400 on the field', async () => {
    const obligation = await createObligation(t.prisma);
    const response = await request(t.server)
      .patch(`/api/obligations/${obligation.id}`)
      .send({ responsibleOffice: 'Ministry of Silly Walks', version: 1 })
      .expect(400);
    expect(response.body).toEqual(
      validationError({ responsibleOffice: expect.stringContaining('"Ministry of Silly Walks" is not a known office') }),
    );
    expect((await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).version).toBe(1);
  });

  it('filters the list by any name of the office', async () => {
    const report = await createObligation(t.prisma, { responsibleOffice: 'UNMAS', dueSession: 77 });
    for (const named of ['UNMAS', 'united nations mine action service', 'Mine Action Service']) {
      const response = await request(t.server)
        .get('/api/obligations')
        .query({ filter: JSON.stringify({ responsibleOffice: named, dueSession: 77 }) })
        .expect(200);
      expect(response.body.map((o: { id: number }) => o.id)).toEqual([report.id]);
    }
  });
});

describe('editors limited to offices', () => {
  it('are given offices of the list, by any of their names; an unknown office is refused', async () => {
    const created = await request(t.server)
      .post('/api/users')
      .send({
        email: 'limited@un.org',
        displayName: 'Limited Editor',
        role: 'SECRETARIAT_EDITOR',
        offices: ['Mine Action Service', 'UNMAS', 'ocha'],
      })
      .expect(201);
    expect(created.body.offices).toEqual(['UNMAS', 'OCHA']);
    const refused = await request(t.server)
      .patch(`/api/users/${created.body.id}`)
      .send({ offices: ['Nowhere Office'], version: 1 })
      .expect(400);
    expect(refused.body).toEqual(validationError({ offices: expect.stringContaining('"Nowhere Office"') }));
  });

  it('may hand an unassigned obligation to their office by its alias, not to another office', async () => {
    const editor = await t.userWithRole('SECRETARIAT_EDITOR', { offices: ['UNMAS'] });
    const obligation = await createObligation(t.prisma, { responsibleOffice: null });
    await editor.api.patch(`/api/obligations/${obligation.id}`).send({ responsibleOffice: 'DPPA', version: 1 }).expect(403);
    const mine = await editor.api
      .patch(`/api/obligations/${obligation.id}`)
      .send({ responsibleOffice: 'Mine Action Service', version: 1 })
      .expect(200);
    expect(mine.body.responsibleOffice).toBe('UNMAS');
  });
});

describe('office suggestions', () => {
  it('suggests the office of the rule the actor matches, the longest pattern first, and applies nothing', async () => {
    const obligation = await createObligation(t.prisma, { actor: 'the Mine Action Service of the Secretariat', responsibleOffice: null });
    const response = await request(t.server).get('/api/offices/suggestion').query({ actor: obligation.actor }).expect(200);
    expect(response.body).toEqual({
      office: expect.objectContaining({ label: 'UNMAS' }),
      rule: { id: expect.any(Number), pattern: 'Mine Action Service' },
    });
    expect((await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).responsibleOffice).toBeNull();

    const ocha = await officeLabelled('OCHA');
    const rule = await request(t.server)
      .post('/api/office-suggestion-rules')
      .send({ pattern: 'Mine Action Service of the Secretariat', officeId: ocha.id })
      .expect(201);
    const longer = await request(t.server).get('/api/offices/suggestion').query({ actor: obligation.actor }).expect(200);
    expect(longer.body.office.label).toBe('OCHA');
    await request(t.server).delete(`/api/office-suggestion-rules/${rule.body.id}`).expect(200);

    const none = await request(t.server).get('/api/offices/suggestion').query({ actor: 'Member States' }).expect(200);
    expect(none.body).toEqual({ office: null, rule: null });
  });

  it('lets the administrator edit rules, refusing an unknown office and a repeated pattern', async () => {
    const editor = await t.userWithRole('SECRETARIAT_EDITOR');
    const unmas = await officeLabelled('UNMAS');
    await editor.api.post('/api/office-suggestion-rules').send({ pattern: 'Peacebuilding', officeId: unmas.id }).expect(403);
    const bad = await request(t.server)
      .post('/api/office-suggestion-rules')
      .send({ pattern: 'Peacebuilding', officeId: 999999 })
      .expect(400);
    expect(bad.body).toEqual(validationError({ officeId: 'office 999999 does not exist' }));
    await request(t.server).post('/api/office-suggestion-rules').send({ pattern: 'mine action service', officeId: unmas.id }).expect(409);
    const dppa = await officeLabelled('DPPA');
    const created = await request(t.server)
      .post('/api/office-suggestion-rules')
      .send({ pattern: 'Peacebuilding', officeId: unmas.id })
      .expect(201);
    const moved = await request(t.server)
      .patch(`/api/office-suggestion-rules/${created.body.id}`)
      .send({ officeId: dppa.id, version: 1 })
      .expect(200);
    expect(moved.body).toMatchObject({ pattern: 'Peacebuilding', officeLabel: 'DPPA', version: 2 });
    await request(t.server).get('/api/offices/suggestion').query({ actor: '' }).expect(400);
  });
});
