import type { Client } from 'pg';

/** One of our tables as a backup copies it. */
export interface TableShape {
  name: string;
  /** Stored columns in table order; generated ones are left out (PostgreSQL computes them again on load). */
  columns: string[];
  /** Orders the rows, so two backups of the same data are the same bytes. */
  primaryKey: string[];
  /** Sequences behind serial and identity columns: set past the restored ids. */
  sequences: { column: string; sequence: string }[];
}

/** The migrator's own bookkeeping: it says which shape the tables have, it is not data to carry across. */
const MIGRATIONS_TABLE = '_prisma_migrations';

interface TableRow {
  oid: number;
  name: string;
}

/**
 * Every table of the schema public but the migrations' own, referenced tables before those referring to them
 * (so foreign keys hold at every row loaded), alphabetical among equals.
 */
export async function describeTables(client: Client): Promise<TableShape[]> {
  const tables = (
    await client.query<TableRow>(
      `SELECT c.oid::int AS oid, c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1`,
      [MIGRATIONS_TABLE],
    )
  ).rows;
  const oids = tables.map((table) => table.oid);
  const columns = await client.query<{ oid: number; name: string }>(
    `SELECT attrelid::int AS oid, attname::text AS name FROM pg_attribute
      WHERE attrelid = ANY($1::oid[]) AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attrelid, attnum`,
    [oids],
  );
  const keys = await client.query<{ oid: number; columns: string[] }>(
    `SELECT c.conrelid::int AS oid, array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'p' AND c.conrelid = ANY($1::oid[]) GROUP BY c.conrelid`,
    [oids],
  );
  const sequences = await client.query<{ oid: number; column: string; sequence: string }>(
    `SELECT d.refobjid::int AS oid, a.attname::text AS column, d.objid::regclass::text AS sequence
       FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
      WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
        AND d.deptype IN ('a', 'i') AND d.refobjid = ANY($1::oid[])
      ORDER BY a.attnum`,
    [oids],
  );
  const references = await client.query<{ oid: number; referenced: number }>(
    `SELECT DISTINCT conrelid::int AS oid, confrelid::int AS referenced FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1::oid[]) AND conrelid <> confrelid`,
    [oids],
  );
  const shapes = new Map<number, TableShape>(
    tables.map((table) => [
      table.oid,
      {
        name: table.name,
        columns: columns.rows.filter((column) => column.oid === table.oid).map((column) => column.name),
        primaryKey: keys.rows.find((key) => key.oid === table.oid)?.columns ?? [],
        sequences: sequences.rows.filter((row) => row.oid === table.oid).map(({ column, sequence }) => ({ column, sequence })),
      },
    ]),
  );
  return inDependencyOrder(shapes, references.rows);
}

function inDependencyOrder(shapes: Map<number, TableShape>, references: { oid: number; referenced: number }[]): TableShape[] {
  const waitingFor = new Map(
    [...shapes.keys()].map((oid) => [oid, new Set(references.filter((r) => r.oid === oid).map((r) => r.referenced))]),
  );
  const ordered: TableShape[] = [];
  while (waitingFor.size > 0) {
    const ready = [...waitingFor.entries()]
      .filter(([, needs]) => [...needs].every((oid) => !waitingFor.has(oid)))
      .map(([oid]) => oid)
      .sort((a, b) => shapes.get(a)!.name.localeCompare(shapes.get(b)!.name));
    if (ready.length === 0) {
      const names = [...waitingFor.keys()].map((oid) => shapes.get(oid)!.name).sort();
      throw new Error(`The tables ${names.join(', ')} refer to each other in a cycle: no order loads them with their foreign keys checked`);
    }
    for (const oid of ready) {
      ordered.push(shapes.get(oid)!);
      waitingFor.delete(oid);
    }
  }
  return ordered;
}
