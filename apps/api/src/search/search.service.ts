import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import type { ObligationKind, SearchHit, SearchHitKind } from '@mandate-tracker/contracts';
import {
  OBLIGATION_TEXT,
  OBLIGATION_VECTOR,
  OBLIGATION_WEIGHTS,
  PARAGRAPH_TEXT,
  PARAGRAPH_VECTOR,
  PARAGRAPH_WEIGHTS,
  RESOLUTION_TEXT,
  RESOLUTION_VECTOR,
  RESOLUTION_WEIGHTS,
} from './search-vectors';

/** Only <mark> is added; the text itself is returned as stored, for the admin to render as text. */
const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MinWords=15, MaxWords=40';

interface HitRow {
  kind: SearchHitKind;
  id: number;
  resolution_id: number;
  resolution_symbol: string;
  label: string;
  obligation_kind: ObligationKind | null;
  snippet: string;
  rank: number;
}

/**
 * Ranked full-text search over resolutions, paragraphs and obligations in one statement.
 * Each kind's rank carries its weight (search-vectors.ts).
 * ts_headline, the costly part, runs only on the hits kept after ranking, and on the part a person
 * reads (a resolution's title, an obligation's clause) when the words are there, else on all that was searched.
 */
@Injectable()
export class SearchService {
  constructor(private readonly prisma: PrismaService) {}

  async search(q: string, limit: number): Promise<SearchHit[]> {
    const rows = await this.prisma.$queryRaw<HitRow[]>`
      WITH query AS (SELECT websearch_to_tsquery('english'::regconfig, ${q}) AS q),
      ranked AS (
        SELECT 'resolution' AS kind, 0 AS kind_order, r.id, r.id AS resolution_id, r.symbol AS resolution_symbol,
               r.title AS label, NULL::text AS obligation_kind, ${RESOLUTION_TEXT} AS document, r.title AS preferred,
               ts_rank(${RESOLUTION_WEIGHTS}, ${RESOLUTION_VECTOR}, query.q) AS rank
          FROM resolution r, query
         WHERE ${RESOLUTION_VECTOR} @@ query.q
        UNION ALL
        SELECT 'obligation', 1, o.id, r.id, r.symbol,
               'para. ' || o.paragraph_ref || ' · ' || o.actor, o.kind::text,
               ${OBLIGATION_TEXT}, o.quote, ts_rank(${OBLIGATION_WEIGHTS}, ${OBLIGATION_VECTOR}, query.q)
          FROM obligation o JOIN resolution r ON r.id = o.resolution_id, query
         WHERE ${OBLIGATION_VECTOR} @@ query.q
        UNION ALL
        SELECT 'paragraph', 2, p.id, r.id, r.symbol,
               CASE WHEN p.number IS NULL THEN 'preamble' ELSE 'para. ' || p.number || coalesce(' (' || p.sub_paragraph || ')', '') END,
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
    return rows.map(toSearchHit);
  }
}

function toSearchHit(row: HitRow): SearchHit {
  return {
    kind: row.kind,
    id: row.id,
    resolutionId: row.resolution_id,
    resolutionSymbol: row.resolution_symbol,
    label: row.label,
    obligationKind: row.obligation_kind,
    snippet: row.snippet,
    rank: row.rank,
    target: row.kind === 'obligation' ? { resource: 'obligations', id: row.id } : { resource: 'resolutions', id: row.resolution_id },
  };
}
