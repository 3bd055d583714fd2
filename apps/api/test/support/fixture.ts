/**
 * Something a test file sets up in hooks and tears down after: created before all its tests (or before each,
 * with `each`), released after. The handle reads the current one, so a file declares it once at the top
 * (`const t = useTestApp()`) and uses it inside tests and hooks.
 */
export function useFixture<T extends object>(
  name: string,
  create: () => Promise<T>,
  release: (value: T) => Promise<void>,
  options: { each?: boolean } = {},
): T {
  let current: T | undefined;
  const [before, after] = options.each ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    current = await create();
  });
  after(async () => {
    if (current) await release(current);
    current = undefined;
  });
  return new Proxy({} as T, {
    get: (_target, key) => {
      if (!current) throw new Error(`${name} is read outside the tests and hooks that have it (declare it at the top of the file)`);
      return Reflect.get(current, key) as unknown;
    },
  });
}
