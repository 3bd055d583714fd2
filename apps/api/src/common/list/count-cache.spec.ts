import { CountCache } from './count-cache';

describe('CountCache', () => {
  it('counts once for callers within the time to live, and again after invalidation', async () => {
    const cache = new CountCache(60_000);
    const compute = jest.fn().mockResolvedValue(42);
    await expect(Promise.all([cache.count('a', compute), cache.count('a', compute)])).resolves.toEqual([42, 42]);
    expect(compute).toHaveBeenCalledTimes(1);
    cache.invalidate();
    await cache.count('a', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps separate totals per key and counts every time when disabled', async () => {
    const cache = new CountCache(60_000);
    await expect(cache.count('a', async () => 1)).resolves.toBe(1);
    await expect(cache.count('b', async () => 2)).resolves.toBe(2);
    const disabled = new CountCache(0);
    const compute = jest.fn().mockResolvedValue(3);
    await disabled.count('a', compute);
    await disabled.count('a', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('shares a count still running, however long it takes', async () => {
    let now = 0;
    const cache = new CountCache(100, 500, () => now);
    let finish: (total: number) => void = () => undefined;
    const compute = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    const first = cache.count('a', compute);
    now = 5_000;
    const second = cache.count('a', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    finish(7);
    await expect(Promise.all([first, second])).resolves.toEqual([7, 7]);
  });

  it('forgets a count that failed', async () => {
    const cache = new CountCache(60_000);
    await expect(cache.count('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(cache.count('a', async () => 5)).resolves.toBe(5);
  });

  describe('once a total is older than its time to live', () => {
    const setup = () => {
      let now = 1_000;
      const cache = new CountCache(100, 500, () => now);
      return { cache, advance: (ms: number) => (now += ms) };
    };

    it('answers the old total at once and counts again in the background, once', async () => {
      const { cache, advance } = setup();
      await cache.count('a', async () => 1);
      advance(150);
      let finish: (total: number) => void = () => undefined;
      const compute = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));
      await expect(cache.count('a', compute)).resolves.toBe(1);
      await expect(cache.count('a', compute)).resolves.toBe(1);
      expect(compute).toHaveBeenCalledTimes(1);
      finish(2);
      await Promise.resolve();
      await expect(cache.count('a', compute)).resolves.toBe(2);
      expect(compute).toHaveBeenCalledTimes(1);
    });

    it('keeps a total ten times as long as it took to count, when that is longer', async () => {
      const { cache, advance } = setup();
      await cache.count('a', async () => {
        advance(50);
        return 1;
      });
      advance(400);
      const compute = jest.fn().mockResolvedValue(2);
      await expect(cache.count('a', compute)).resolves.toBe(1);
      expect(compute).not.toHaveBeenCalled();
      advance(100);
      await expect(cache.count('a', compute)).resolves.toBe(1);
      expect(compute).toHaveBeenCalledTimes(1);
    });

    it('waits for a new count when the total is older than twice its time to live', async () => {
      const { cache, advance } = setup();
      await cache.count('a', async () => 1);
      advance(250);
      await expect(cache.count('a', async () => 2)).resolves.toBe(2);
    });

    it('drops a background count that an invalidation overtook', async () => {
      const { cache, advance } = setup();
      await cache.count('a', async () => 1);
      advance(150);
      let finish: (total: number) => void = () => undefined;
      await cache.count('a', () => new Promise<number>((resolve) => (finish = resolve)));
      cache.invalidate();
      await expect(cache.count('a', async () => 3)).resolves.toBe(3);
      finish(2);
      await Promise.resolve();
      await expect(cache.count('a', async () => 4)).resolves.toBe(3);
    });

    it('keeps the old total when the background count fails, and tries again on the next call', async () => {
      const { cache, advance } = setup();
      await cache.count('a', async () => 1);
      advance(150);
      await expect(cache.count('a', () => Promise.reject(new Error('down')))).resolves.toBe(1);
      await Promise.resolve();
      const compute = jest.fn().mockResolvedValue(2);
      await expect(cache.count('a', compute)).resolves.toBe(1);
      expect(compute).toHaveBeenCalledTimes(1);
    });
  });
});
