import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import request from 'supertest';
import { routeTable } from '../src/common/http/route-table';
import { seedText } from './support/seeds';
import { createTestApp, type TestApp } from './support/test-app';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

let t: TestApp;
let openApi: OpenApi;
/**
 * Requests come from a signed-in administrator, who may call every route. Generated requests to users, tokens and
 * auth can take that access away (revoke the token, deactivate or demote the user), so it is checked after those
 * and a new administrator takes over.
 */
let administrator: request.Agent;
const SELF_AFFECTING = /^\/api\/(users|tokens|auth)\b/;

async function keepAdministrator(): Promise<void> {
  const me = await administrator.get('/api/auth/me');
  if (me.status !== 200 || me.body.role !== 'ADMINISTRATOR') administrator = (await t.userWithRole('ADMINISTRATOR')).api;
}

beforeAll(async () => {
  t = await createTestApp();
  await request(t.server)
    .post('/api/imports/commit')
    .send({ text: seedText('A_RES_62_99.pdf.txt') })
    .expect(201);
  openApi = (await request(t.server).get('/api/docs-json').expect(200)).body as OpenApi;
  administrator = (await t.userWithRole('ADMINISTRATOR')).api;
});

afterAll(async () => {
  await t.close();
});

/** Values that once made some route answer 500, and their neighbours. */
const hostileScalar = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '%',
    '_',
    '\\',
    '__proto__',
    'constructor',
    "'; DROP TABLE obligation; --",
    '1e20',
    '-1',
    '0',
    'x'.repeat(10_000),
    '2024-02-30',
    'A/RES/78/70',
    'REPORT',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(0, -1, 1, 1.5, 1e20, -1e20, 10_000_000_000, 2_147_483_648, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
/** JSON nested `depth` arrays deep once sent; fast-check itself cannot print such a value, so it prints this. */
class Nested {
  constructor(readonly depth: number) {}
  toJSON(): string {
    return `@nested:${this.depth}@`;
  }
  [fc.toStringMethod](): string {
    return `[nested ${this.depth} deep]`;
  }
}
/** JSON text of a generated value; written out by hand where it is nested deeper than JSON.stringify can go. */
const jsonText = (value: unknown): string =>
  JSON.stringify(value).replace(
    /"@nested:(\d+)@"/g,
    (_match, depth: string) => `${'['.repeat(Number(depth))}1${']'.repeat(Number(depth))}`,
  );

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileScalar, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(new Nested(40), new Nested(10_000)) },
);

/** Every field name any validator knows (filters are JSON inside a query parameter, so OpenAPI does not list them). */
function validatedFieldNames(): string[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { propertyName: string }[]> };
  const names = new Set<string>();
  for (const list of storage.validationMetadatas.values()) for (const metadata of list) names.add(metadata.propertyName);
  return [...names];
}

const bodyOf = (operation: Operation): Record<string, unknown> | undefined => {
  const ref = operation.requestBody?.content['application/json']?.schema.$ref;
  return ref ? (openApi.components.schemas[ref.split('/').pop() as string]?.properties ?? {}) : undefined;
};

const hostileObject = (fields: string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...fields), fc.constantFrom('__proto__', 'unknownField', 'a\u0000')), hostileValue, {
    maxKeys: 4,
  });

const pathValue = fc.oneof(fc.constantFrom('1', '2', '0', '-1', '99999999999', '1e3', 'abc', '%00', 'x'.repeat(150)), fc.nat().map(String));

it('answers every route with anything but a 5xx, whatever the parameters and body hold', async () => {
  const filterFields = validatedFieldNames();
  const operations = Object.entries(openApi.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  // Every route the server has, the ones added since this test was written included, is driven here.
  const described = new Set(operations.map(({ path, method }) => `${method.toUpperCase()} ${path}`));
  const undescribed = routeTable(t.app.getHttpAdapter().getInstance())
    .filter((route) => route.method !== 'HEAD' && route.method !== 'OPTIONS' && !/^\/api\/docs/.test(route.url))
    .map((route) => `${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`)
    .filter((route) => !described.has(route));
  expect(undescribed).toEqual([]);
  expect(operations.length).toBeGreaterThan(50);
  const failures: string[] = [];
  // Signed in, nothing but sign-in itself (a wrong password) may answer 401: otherwise the routes were never reached.
  const unauthenticated: string[] = [];
  for (const { path, method, operation } of operations) {
    const parameters = (operation.parameters ?? []).filter((p) => p.in !== 'header');
    const bodyFields = bodyOf(operation);
    const arbitrary = fc.record({
      path: fc.record(Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, pathValue]))),
      query: fc.record(
        Object.fromEntries(
          parameters
            .filter((p) => p.in === 'query')
            .map((p) => [
              p.name,
              p.name === 'filter'
                ? fc.oneof(hostileObject(filterFields).map(jsonText), hostileScalar.map(String))
                : p.name === 'sort' || p.name === 'range'
                  ? fc.oneof(fc.array(hostileScalar, { maxLength: 3 }).map(jsonText), hostileScalar.map(String))
                  : hostileScalar.map(String),
            ]),
        ),
        { requiredKeys: [] },
      ),
      body: bodyFields ? hostileObject(Object.keys(bodyFields)) : fc.constant(undefined),
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(String(input.path[name])));
        const call = administrator[method as 'get' | 'post' | 'patch' | 'delete'](url).query(input.query as Record<string, string>);
        const response = input.body === undefined ? await call : await call.type('json').send(jsonText(input.body));
        const described = `${method.toUpperCase()} ${url} ${JSON.stringify(input).slice(0, 300)} -> ${response.status}`;
        if (response.status === 401 && !path.startsWith('/api/auth/')) unauthenticated.push(described);
        if (SELF_AFFECTING.test(path)) await keepAdministrator();
        if (response.status >= 500) {
          failures.push(described);
          return false;
        }
        return true;
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }
  expect(failures).toEqual([]);
  expect(unauthenticated).toEqual([]);
}, 600_000);
