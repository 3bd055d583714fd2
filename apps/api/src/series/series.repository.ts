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
