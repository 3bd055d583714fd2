import { createObligation } from './factories/obligation.factory';
import { useTestApp } from './support/test-app';

const t = useTestApp();

/** Resolves after the other side has taken its first lock: the two transactions then cross. */
function meetingPoint(): { reached: () => void; passed: Promise<void> } {
  let reached!: () => void;
  const passed = new Promise<void>((resolve) => (reached = resolve));
  return { reached, passed };
}

describe('interactive transactions', () => {
  it('are run again when PostgreSQL aborts one of two for a deadlock, so both writers succeed', async () => {
    const [first, second] = [await createObligation(t.prisma), await createObligation(t.prisma)];
    const [aLocked, bLocked] = [meetingPoint(), meetingPoint()];
    const attempts = { a: 0, b: 0 };
    // Each takes one row, waits for the other to take the other row, then asks for it: a deadlock on the first run.
    const writer = (
      name: 'a' | 'b',
      own: number,
      others: number,
      mine: ReturnType<typeof meetingPoint>,
      theirs: ReturnType<typeof meetingPoint>,
    ) =>
      t.prisma.transaction(async (tx) => {
        attempts[name] += 1;
        await tx.obligation.update({ where: { id: own }, data: { focalPoint: name } });
        mine.reached();
        await theirs.passed;
        await tx.obligation.update({ where: { id: others }, data: { focalPoint: name } });
      });
    await Promise.all([writer('a', first.id, second.id, aLocked, bLocked), writer('b', second.id, first.id, bLocked, aLocked)]);
    // One of the two was aborted once and ran again.
    expect(attempts.a + attempts.b).toBe(3);
  });
});
