import type { Prisma } from '../generated/prisma/client';

type Tx = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * Offices known by `value` in any case: by name, abbreviation or alias. Prisma's `has` on a text array is
 * case-sensitive, hence SQL.
 */
export async function officeIdsNamed(tx: Tx, values: readonly string[], exceptId = 0): Promise<{ id: number; value: string }[]> {
  if (values.length === 0) return [];
  const lowered = values.map((value) => value.trim().toLowerCase());
  return tx.$queryRaw<{ id: number; value: string }[]>`
    SELECT o.id, v.value
      FROM unnest(${lowered}::text[]) AS v(value)
      JOIN office o ON v.value IN (lower(o.name), lower(o.abbreviation))
                    OR EXISTS (SELECT 1 FROM unnest(o.aliases) a WHERE lower(a) = v.value)
     WHERE o.id <> ${exceptId}
     ORDER BY o.id`;
}

/** The rule whose pattern the actor contains; the longest pattern wins, as the most specific. */
export async function ruleMatching(tx: Tx, actor: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM office_suggestion_rule
     WHERE strpos(lower(${actor}), lower(pattern)) > 0
     ORDER BY length(pattern) DESC, id
     LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** Who names the office by its label: what deleting it would leave pointing nowhere. */
export async function officeUse(tx: Tx, label: string): Promise<{ obligations: number; calendarFeeds: number; users: number }> {
  const [row] = await tx.$queryRaw<{ obligations: number; calendar_feeds: number; users: number }[]>`
    SELECT (SELECT count(*)::int FROM obligation WHERE responsible_office = ${label}) AS obligations,
           (SELECT count(*)::int FROM calendar_feed WHERE responsible_office = ${label}) AS calendar_feeds,
           (SELECT count(*)::int FROM app_user WHERE ${label} = ANY(offices)) AS users`;
  return { obligations: row?.obligations ?? 0, calendarFeeds: row?.calendar_feeds ?? 0, users: row?.users ?? 0 };
}
