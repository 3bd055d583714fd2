import type { ObligationKind } from './obligations.js';

/**
 * What a hit is: a resolution (symbol, short symbol "80/77", or title), a paragraph's text, an obligation's clause,
 * actor, agenda item, responsible office or focal point, or a document by its symbol ("A/81/275").
 */
export const SEARCH_HIT_KINDS = ['resolution', 'paragraph', 'obligation', 'document'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

/** The longest `q` GET /api/search accepts. */
export const SEARCH_QUERY_MAX_LENGTH = 200;

/** One hit of GET /api/search. */
export interface SearchHit {
  kind: SearchHitKind;
  /** The id of the resolution, paragraph or obligation found. */
  id: number;
  /** Null for a document hit. */
  resolutionId: number | null;
  /** The resolution's symbol; a document hit carries the document's own. */
  resolutionSymbol: string;
  /** A short label: the resolution's title, "para. 12" (or "preamble"), or "para. 23 · Secretary-General". */
  label: string;
  /** An obligation's kind; null for the other kinds. */
  obligationKind: ObligationKind | null;
  /** ts_headline's excerpt: plain text in which only <mark>…</mark> marks the matched words. */
  snippet: string;
  rank: number;
  /** Where the admin opens the hit: paragraphs open their resolution. */
  target: { resource: 'resolutions' | 'obligations' | 'documents'; id: number };
}

/** GET /api/search's query. */
export interface SearchRequest {
  /** Words, "quoted phrases", OR, -excluded (web search syntax); never a syntax error. */
  q: string;
  limit?: number;
}
