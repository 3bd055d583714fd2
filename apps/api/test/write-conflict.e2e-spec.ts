import { fromDatabaseError } from '../src/common/errors/database-error';
import { ErrorCode } from '../src/common/errors/error-code';
import { createDocument } from './factories/document.factory';
import { useTestApp } from './support/test-app';

const t = useTestApp();

it('reports a deadlock that outlasts the retries as a write conflict to send again, not as a server error', async () => {
  const [first, second] = [await createDocument(t.prisma), await createDocument(t.prisma)];
  // Two transactions each lock one document, then ask for the other's: PostgreSQL ends one of them.
  let locked = 0;
  let bothLocked!: () => void;
  const barrier = new Promise<void>((resolve) => (bothLocked = resolve));
  // PrismaService.transaction runs a deadlocked transaction again (transaction-retry.e2e-spec.ts); the client's own
  // $transaction does not, which is what the last of those attempts meets.
  const crossWise = (a: number, b: number) =>
    t.prisma.$transaction(async (tx) => {
      await tx.document.update({ where: { id: a }, data: { title: 'held' } });
      if (++locked === 2) bothLocked();
      await barrier;
      await tx.document.update({ where: { id: b }, data: { title: 'wanted' } });
    });
  const outcomes = await Promise.allSettled([crossWise(first.id, second.id), crossWise(second.id, first.id)]);
  const failures = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  expect(failures).toHaveLength(1);
  expect(fromDatabaseError(failures[0]?.reason)).toMatchObject({ code: ErrorCode.WRITE_CONFLICT });
});
