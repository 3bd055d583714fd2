import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { ObligationKind, SearchHitKind } from '@mandate-tracker/contracts';

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

/** Only <mark> is added; the text itself is returned as stored, for the admin to render as text. */
const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MinWords=15, MaxWords=40';

/** The symbol a query names, when it is one: "A/81/275", "A/RES/80/77", or the short "80/77"; else null. */
export function symbolIn(q: string): string | null {
  const trimmed = q.trim().replace(/\s+/g, '');
  return /^[A-Za-z0-9.()-]*\/[A-Za-z0-9.()/-]+$/.test(trimmed) ? trimmed : null;
}

/** A symbol column matching the one typed: exactly, or ending with it ("80/77" is A/RES/80/77), case aside. */
function symbolMatches(column: Prisma.Sql, symbol: string | null): Prisma.Sql {
  if (symbol === null) return Prisma.sql`false`;
  return Prisma.sql`(upper(${column}) = upper(${symbol}) OR upper(${column}) LIKE '%/' || upper(${symbol}))`;
}

export interface HitRow {
  kind: SearchHitKind;
  id: number;
  resolution_id: number | null;
  resolution_symbol: string;
  label: string;
  obligation_kind: ObligationKind | null;
  snippet: string;
  rank: number;
}

/**
 * Ranked full-text search over resolutions, paragraphs and obligations in one statement.
 * Each kind's rank carries its weight (above).
 * ts_headline, the costly part, runs only on the hits kept after ranking, and on the part a person
 * reads (a resolution's title, an obligation's clause) when the words are there, else on all that was searched.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  hits(q: string, limit: number): Promise<HitRow[]> {
    // What people type is often a name, not words: a symbol ("A/81/275", "80/77") or an office or focal point.
    // Those are matched as text beside the word search, and rank first when they match.
    const symbol = symbolIn(q);
    const name = q.trim().length >= 3 ? `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return this.prisma.$queryRaw<HitRow[]>`
      WITH query AS (SELECT websearch_to_tsquery('english'::regconfig, ${q}) AS q),
      ranked AS (
        SELECT 'resolution' AS kind, 0 AS kind_order, r.id, r.id AS resolution_id, r.symbol AS resolution_symbol,
               r.title AS label, NULL::text AS obligation_kind, ${RESOLUTION_TEXT} AS document, r.title AS preferred,
               CASE WHEN ${symbolMatches(Prisma.sql`r.symbol`, symbol)} THEN 2
                    ELSE ts_rank(${RESOLUTION_WEIGHTS}, ${RESOLUTION_VECTOR}, query.q) END AS rank
          FROM resolution r, query
         WHERE ${RESOLUTION_VECTOR} @@ query.q OR ${symbolMatches(Prisma.sql`r.symbol`, symbol)}
        UNION ALL
        SELECT 'obligation', 1, o.id, r.id, r.symbol,
               'para. ' || o.paragraph_ref || ' · ' || o.actor, o.kind::text,
               ${OBLIGATION_TEXT} || coalesce(' · ' || o.responsible_office, '') || coalesce(' · ' || o.focal_point, ''), o.quote,
               CASE WHEN o.responsible_office ILIKE ${name} OR o.focal_point ILIKE ${name} THEN 1.5
                    ELSE ts_rank(${OBLIGATION_WEIGHTS}, ${OBLIGATION_VECTOR}, query.q) END
          FROM obligation o JOIN resolution r ON r.id = o.resolution_id, query
         WHERE ${OBLIGATION_VECTOR} @@ query.q OR o.responsible_office ILIKE ${name} OR o.focal_point ILIKE ${name}
        UNION ALL
        SELECT 'document', 3, d.id, NULL, d.symbol, coalesce(d.title, d.symbol), NULL,
               d.symbol || coalesce(' ' || d.title, ''), d.title, 2
          FROM document d, query
         WHERE ${symbolMatches(Prisma.sql`d.symbol`, symbol)}
        UNION ALL
        SELECT 'paragraph', 2, p.id, r.id, r.symbol,
               CASE WHEN p.number IS NULL THEN 'preamble'
                    ELSE 'para. ' || p.number || coalesce(' (' || nullif(btrim(p.sub_paragraph, '() '), '') || ')', '') END,
               NULL, ${PARAGRAPH_TEXT}, NULL, ts_rank(${PARAGRAPH_WEIGHTS}, ${PARAGRAPH_VECTOR}, query.q)
          FROM paragraph p JOIN resolution r ON r.id = p.resolution_id, query
         WHERE ${PARAGRAPH_VECTOR} @@ query.q
        ORDER BY rank DESC, kind_order, id
        LIMIT ${limit}
      )
      SELECT ranked.kind, ranked.id, ranked.resolution_id, ranked.resolution_symbol, ranked.label, ranked.obligation_kind, ranked.rank,
             ts_headline('english'::regconfig,
                         CASE WHEN to_tsvector('english'::regconfig, coalesce(ranked.preferred, '')) @@ query.q THEN ranked.preferred ELSE ranked.document END,
                         query.q, ${HEADLINE_OPTIONS}) AS snippet
        FROM ranked, query
       ORDER BY ranked.rank DESC, ranked.kind_order, ranked.id`;
  }
}
