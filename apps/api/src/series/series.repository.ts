import { Prisma } from '../generated/prisma/client';

type Tx = Pick<Prisma.TransactionClient, '$queryRaw'>;

/** Resolutions this one recalls, and the ones those recall, and so on: the earlier part of its series. */
export async function ancestorIds(tx: Tx, resolutionId: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE earlier(id) AS (
      SELECT r.id FROM resolution_recall rr JOIN resolution r ON r.symbol = rr.recalled_symbol WHERE rr.resolution_id = ${resolutionId}
      UNION
      SELECT r.id FROM earlier e JOIN resolution_recall rr ON rr.resolution_id = e.id JOIN resolution r ON r.symbol = rr.recalled_symbol
    )
    SELECT id FROM earlier`;
  return rows.map((row) => row.id);
}

/** Resolutions that recall this one, directly or through others: the later part of its series. */
export async function descendantIds(tx: Tx, resolutionId: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE later(id, symbol) AS (
      SELECT r.id, r.symbol FROM resolution self
        JOIN resolution_recall rr ON rr.recalled_symbol = self.symbol
        JOIN resolution r ON r.id = rr.resolution_id
       WHERE self.id = ${resolutionId}
      UNION
      SELECT r.id, r.symbol FROM later l JOIN resolution_recall rr ON rr.recalled_symbol = l.symbol JOIN resolution r ON r.id = rr.resolution_id
    )
    SELECT id FROM later`;
  return rows.map((row) => row.id);
}

/**
 * An agenda item title as a key, in SQL: case, quotation marks, the footnote star and punctuation left out, as
 * obligations/agenda-item-title.ts agendaItemKey does for the agenda ("Assistance in mine action*" is the item
 * “Assistance in mine action”).
 */
const itemKey = (column: Prisma.Sql) =>
  Prisma.sql`btrim(regexp_replace(lower(translate(${column}, '‘’“”"''\`*', '')), '[^a-z0-9]+', ' ', 'g'))`;

/**
 * Resolutions of the same body under the same agenda item as any of these: a resolution is under the item its
 * title names and under the items it schedules for a coming session (57/159 para. 24 schedules “Assistance in
 * mine action”, the title of 58/127, 62/99 and 78/70), so a series holds together where a recall is missing
 * (62/99 recalls 60/97, which was never imported).
 */
export async function sameAgendaItemIds(tx: Tx, resolutionIds: number[]): Promise<number[]> {
  if (resolutionIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH item AS (
      SELECT r.id, r.body, ${itemKey(Prisma.sql`r.title`)} AS key FROM resolution r
      UNION
      SELECT r.id, r.body, ${itemKey(Prisma.sql`o.agenda_item_title`)}
        FROM obligation o JOIN resolution r ON r.id = o.resolution_id
       WHERE o.kind = 'AGENDA_ITEM' AND o.agenda_item_title IS NOT NULL
    )
    SELECT DISTINCT other.id
      FROM item mine JOIN item other ON other.key = mine.key AND other.body = mine.body
     WHERE mine.id = ANY(${resolutionIds}::int[]) AND mine.key <> ''`;
  return rows.map((row) => row.id);
}
