import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { Client } from 'pg';
import { projectRoot } from '../src/config/paths';
import { PrismaService } from '../src/prisma/prisma.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * The migrations are written by hand, so this proves they build exactly the
 * model that schema.prisma describes and the generated client expects.
 */

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string }[];
}
interface RuntimeModel {
  dbName: string | null;
  fields: { name: string; kind: string; type: string; dbName?: string }[];
}

const schema = readFileSync(path.join(projectRoot, 'prisma', 'schema.prisma'), 'utf8');
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schema }))) as { datamodel: { models: DmmfModel[]; enums: DmmfEnum[] } };
const models = dmmf.datamodel.models;
const enums = new Map(dmmf.datamodel.enums.map((e) => [e.name, e]));

const scalarTypes: Record<string, string> = {
  Int: 'integer',
  BigInt: 'bigint',
  String: 'text',
  Boolean: 'boolean',
  Float: 'double precision',
  Json: 'jsonb',
  DateTime: 'timestamp without time zone',
};
const nativeTypes: Record<string, string> = { Date: 'date', Timestamptz: 'timestamp with time zone' };

/**
 * Unsupported("type")? fields (the full-text search_vector columns) are left out of the DMMF, as out of the
 * client; their columns are read from the model's text instead, so they are expected like any other.
 */
function unsupportedColumns(model: DmmfModel): Record<string, { type: string; nullable: boolean }> {
  const block = new RegExp(`^model ${model.name} \\{([\\s\\S]*?)^\\}`, 'm').exec(schema)?.[1] ?? '';
  const fields = [...block.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(?:.*@map\("([^"]+)"\))?/gm)];
  return Object.fromEntries(
    fields.map(([, name, type, optional, column]) => [column ?? name, { type: type ?? '', nullable: optional === '?' }]),
  );
}

function expectedType(field: DmmfField): string {
  if (field.kind === 'enum') return enums.get(field.type)?.dbName ?? field.type;
  if (field.nativeType) return nativeTypes[field.nativeType[0]] ?? field.nativeType[0];
  return scalarTypes[field.type] ?? field.type;
}

let database: TestDatabase;
let client: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await database.drop();
});

it('the generated client was generated from the current schema.prisma', async () => {
  const prisma = new PrismaService(database.url);
  const runtime = (prisma as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })._runtimeDataModel.models;
  await prisma.$disconnect();
  const fromRuntime = Object.fromEntries(Object.entries(runtime).map(([name, m]) => [name, m.fields.map((f) => `${f.name}:${f.type}`)]));
  const fromSchema = Object.fromEntries(models.map((m) => [m.name, m.fields.map((f) => `${f.name}:${f.type}`)]));
  expect(fromRuntime).toEqual(fromSchema);
});

it('has a table for every model and no table without one', async () => {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  expect(rows.map((r) => r.table_name).sort()).toEqual(models.map((m) => m.dbName ?? m.name).sort());
});

describe.each(models.map((m) => [m.name, m] as const))('model %s', (_name, model) => {
  it('has every scalar field as a column of the right type and nullability, and no other column', async () => {
    const { rows } = await client.query<{ column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
      `SELECT column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [model.dbName ?? model.name],
    );
    const actual = Object.fromEntries(
      rows.map((r) => [
        r.column_name,
        {
          type: r.data_type === 'USER-DEFINED' ? r.udt_name : r.data_type === 'ARRAY' ? `${r.udt_name.slice(1)}[]` : r.data_type,
          nullable: r.is_nullable === 'YES',
        },
      ]),
    );
    const expected = Object.fromEntries([
      ...Object.entries(unsupportedColumns(model)),
      ...model.fields
        .filter((f) => f.kind === 'scalar' || f.kind === 'enum')
        .map((f) => {
          const type = expectedType(f);
          // Prisma keeps scalar lists nullable in the database and represents absence as [].
          return [
            f.dbName ?? f.name,
            f.isList ? { type: `${type === 'text' ? 'text' : type}[]`, nullable: true } : { type, nullable: !f.isRequired },
          ];
        }),
    ]);
    expect(actual).toEqual(expected);
  });
});

it('has every enum with the same values in the same order', async () => {
  const { rows } = await client.query<{ typname: string; labels: string[] }>(
    `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  );
  const actual = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
  const expected = Object.fromEntries([...enums.values()].map((e) => [e.dbName ?? e.name, e.values.map((v) => v.name)]));
  expect(actual).toEqual(expected);
});

/**
 * prisma/functions holds the current body of every function the migrations create (the triggers' logic), where
 * a reader finds it without replaying the migrations; this proves each file is what the database runs. A
 * migration that changes a function changes its file too.
 */
describe('prisma/functions', () => {
  const functionsDir = path.join(projectRoot, 'prisma', 'functions');
  const files = readdirSync(functionsDir).filter((file) => file.endsWith('.sql'));
  const databaseFunctions = async () => {
    // Our own: functions an extension (pg_trgm) brings are left out.
    const { rows } = await client.query<{ name: string; body: string }>(
      `SELECT p.proname AS name, p.prosrc AS body
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
    );
    return new Map(rows.map((row) => [row.name, row.body]));
  };

  it('has one file for each function in the database, named after it', async () => {
    expect(files.map((file) => file.replace(/\.sql$/, '')).sort()).toEqual([...(await databaseFunctions()).keys()].sort());
  });

  it.each(files)('%s holds the body the database runs', async (file) => {
    const text = readFileSync(path.join(functionsDir, file), 'utf8');
    const [, name, body] = /CREATE OR REPLACE FUNCTION "([a-z_]+)"\([^)]*\)[^$]*\$\$([\s\S]*?)\$\$/.exec(text) ?? [];
    expect(name).toBe(file.replace(/\.sql$/, ''));
    expect(body).toBe((await databaseFunctions()).get(name ?? ''));
  });
});
