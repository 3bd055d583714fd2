import request from 'supertest';
import { createDocument } from './factories/document.factory';
import { createObligation } from './factories/obligation.factory';
import { createResolution } from './factories/resolution.factory';
import { createSession } from './factories/session.factory';
import { validationError } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

/**
 * Issue 12: lost updates are impossible only if no change can skip the version check. A PATCH without the version
 * it read would overwrite whatever was saved since; it is refused, naming `version`, and changes nothing.
 */
let made = 0;
const RECORDS = {
  obligations: {
    make: async () => (await createObligation(t.prisma)).id,
    change: { focalPoint: 'Jane Smith' },
    stored: (id: number) => t.prisma.obligation.findUniqueOrThrow({ where: { id } }),
  },
  resolutions: {
    make: async () => (await createResolution(t.prisma, { symbol: `A/RES/57/${(made += 1)}` })).id,
    change: { title: 'Changed without reading' },
    stored: (id: number) => t.prisma.resolution.findUniqueOrThrow({ where: { id } }),
  },
  documents: {
    make: async () => (await createDocument(t.prisma, { symbol: `A/62/${300 + (made += 1)}` })).id,
    change: { title: 'Changed without reading' },
    stored: (id: number) => t.prisma.document.findUniqueOrThrow({ where: { id } }),
  },
  sessions: {
    make: async () => (await createSession(t.prisma, { number: 70 + (made += 1) })).id,
    change: { closesOn: null },
    stored: (id: number) => t.prisma.session.findUniqueOrThrow({ where: { id } }),
  },
  users: {
    make: async () => (await t.userWithRole('AUDITOR')).id,
    change: { displayName: 'Changed without reading' },
    stored: (id: number) => t.prisma.user.findUniqueOrThrow({ where: { id } }),
  },
} as const;

describe.each(Object.keys(RECORDS) as (keyof typeof RECORDS)[])('PATCH /api/%s/:id', (resource) => {
  const record = RECORDS[resource];

  it.each([
    ['without a version', {}],
    ['with version null', { version: null }],
  ])('is refused %s: 400 naming version, nothing saved', async (_case, version) => {
    const id = await record.make();
    const before = await record.stored(id);
    const response = await request(t.server)
      .patch(`/api/${resource}/${id}`)
      .send({ ...record.change, ...version })
      .expect(400);
    expect(response.body).toEqual(validationError({ version: expect.stringContaining('version is required') }));
    expect(await record.stored(id)).toEqual(before);
  });

  it('is applied with the version read', async () => {
    const id = await record.make();
    const { version } = await record.stored(id);
    const response = await request(t.server)
      .patch(`/api/${resource}/${id}`)
      .send({ ...record.change, version })
      .expect(200);
    expect(response.body.version).toBe(version + 1);
  });
});
