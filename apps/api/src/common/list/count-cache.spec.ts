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

  it('forgets a count that failed', async () => {
    const cache = new CountCache(60_000);
    await expect(cache.count('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(cache.count('a', async () => 5)).resolves.toBe(5);
  });
});
