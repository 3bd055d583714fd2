/**
 * A document link is reached through its obligation: a link id that belongs to another obligation is not found,
 * whatever the id, so a wrong or forged URL can neither review nor remove someone else's evidence.
 */
import request from 'supertest';
import { createObligation } from './factories/obligation.factory';
import { notFound } from './support/error-bodies';
import { useTestApp } from './support/test-app';

const t = useTestApp();

async function linkedObligation(symbol: string): Promise<{ obligationId: number; linkId: number }> {
  const obligation = await createObligation(t.prisma);
  const [link] = (await request(t.server).post(`/api/obligations/${obligation.id}/documents`).send({ symbol }).expect(201)).body;
  return { obligationId: obligation.id, linkId: link.id };
}

it('answers 404 to reviewing or removing, through one obligation, a link of another, and leaves the link alone', async () => {
  const mine = await linkedObligation('A/58/260');
  const theirs = await linkedObligation('A/58/261');
  const before = await t.prisma.obligationDocument.findUniqueOrThrow({ where: { id: theirs.linkId } });

  const review = await request(t.server)
    .patch(`/api/obligations/${mine.obligationId}/documents/${theirs.linkId}`)
    .send({ reviewState: 'REJECTED', version: 1 })
    .expect(404);
  expect(review.body).toEqual(notFound);
  const removal = await request(t.server).delete(`/api/obligations/${mine.obligationId}/documents/${theirs.linkId}`).expect(404);
  expect(removal.body).toEqual(notFound);

  expect(await t.prisma.obligationDocument.findUniqueOrThrow({ where: { id: theirs.linkId } })).toEqual(before);
  const events = await t.prisma.auditEvent.findMany({ where: { entityType: 'ObligationDocument', entityId: String(theirs.linkId) } });
  expect(events.map((e) => e.action)).toEqual(['CREATE']);

  // Through its own obligation the same link is found.
  await request(t.server)
    .patch(`/api/obligations/${theirs.obligationId}/documents/${theirs.linkId}`)
    .send({ reviewState: 'REJECTED', version: 1 })
    .expect(200);
  await request(t.server).delete(`/api/obligations/${theirs.obligationId}/documents/${theirs.linkId}`).expect(200);
  expect(await t.prisma.obligationDocument.count({ where: { id: mine.linkId } })).toBe(1);
});
