import { Prisma } from '../generated/prisma/client';

/**
 * The stored tsvectors each kind is searched in: generated columns (migration
 * 20261123160000_search_vector_columns) over resolution symbol + title, paragraph text, and
 * obligation quote + actor + agenda item title, each with a GIN index. Reading them, rather than
 * calling to_tsvector per row, keeps ranking a common word over 100,000 rows from re-parsing them all.
 */
export const RESOLUTION_VECTOR = Prisma.sql`r.search_vector`;
export const PARAGRAPH_VECTOR = Prisma.sql`p.search_vector`;
export const OBLIGATION_VECTOR = Prisma.sql`o.search_vector`;

/** The text a snippet can be cut from: what was searched, as the generated columns join it. */
export const RESOLUTION_TEXT = Prisma.sql`r."symbol" || ' ' || r."title"`;
export const PARAGRAPH_TEXT = Prisma.sql`p."text"`;
export const OBLIGATION_TEXT = Prisma.sql`o."quote" || ' ' || o."actor" || ' ' || coalesce(o."agenda_item_title", '')`;

/**
 * ts_rank's weights for {D, C, B, A}; the vectors are unweighted (D), so the first entry is the
 * kind's weight. A word in a title names what a resolution is about, a clause names what is owed,
 * a paragraph merely mentions it.
 */
const weightsOf = (d: number): Prisma.Sql => Prisma.raw(`'{${d}, 0.2, 0.4, 1.0}'::float4[]`);
export const RESOLUTION_WEIGHTS = weightsOf(1.0);
export const OBLIGATION_WEIGHTS = weightsOf(0.4);
export const PARAGRAPH_WEIGHTS = weightsOf(0.1);
