import type { Client } from 'pg';

/**
 * COPY's text format writes dates, numbers and bytes as the session prints them. Both ends set the same settings,
 * so a backup reads back exactly whatever the server's or the role's defaults (TimeZone, DateStyle) are. The
 * application's statement_timeout, should the owner's role carry one, must not cut a long COPY short.
 */
const SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET TimeZone = 'UTC'",
  'SET extra_float_digits = 3',
  "SET bytea_output = 'hex'",
  'SET statement_timeout = 0',
];

export async function prepareCopySession(client: Client): Promise<void> {
  for (const statement of SETTINGS) await client.query(statement);
}

/** The last migration applied: a backup loads only into a database whose tables have the same shape. */
export async function migrationLevel(client: Client): Promise<string | null> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists`);
  if (!rows[0]?.exists) return null;
  const applied = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY migration_name DESC LIMIT 1`,
  );
  return applied.rows[0]?.migration_name ?? null;
}
