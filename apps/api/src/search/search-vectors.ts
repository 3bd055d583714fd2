import { Prisma } from '../generated/prisma/client';

/**
 * The documents each kind is searched in. These are the exact expressions of the GIN indexes in
 * prisma/migrations/20261123140000_full_text_search: PostgreSQL uses an expression index only for
 * the same expression, so any change here needs a migration changing the index too.
 */
export const RESOLUTION_DOCUMENT = Prisma.sql`r."symbol" || ' ' || r."title"`;
export const PARAGRAPH_DOCUMENT = Prisma.sql`p."text"`;
export const OBLIGATION_DOCUMENT = Prisma.sql`o."quote" || ' ' || o."actor" || ' ' || coalesce(o."agenda_item_title", '')`;

export const vectorOf = (document: Prisma.Sql): Prisma.Sql => Prisma.sql`to_tsvector('english'::regconfig, ${document})`;
