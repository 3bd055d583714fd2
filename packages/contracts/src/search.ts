import type { ObligationKind } from './obligations.js';

/** What a hit is: a resolution (symbol or title), a paragraph's text, or an obligation's clause, actor or agenda item. */
export const SEARCH_HIT_KINDS = ['resolution', 'paragraph', 'obligation'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

/** The longest `q` GET /api/search accepts. */
export const SEARCH_QUERY_MAX_LENGTH = 200;

/** One hit of GET /api/search. */
export interface SearchHit {
  kind: SearchHitKind;
  /** The id of the resolution, paragraph or obligation found. */
  id: number;
  resolutionId: number;
  resolutionSymbol: string;
  /** A short label: the resolution's title, "para. 12" (or "preamble"), or "para. 23 · Secretary-General". */
  label: string;
  /** An obligation's kind; null for the other kinds. */
  obligationKind: ObligationKind | null;
  /** ts_headline's excerpt: plain text in which only <mark>…</mark> marks the matched words. */
  snippet: string;
  rank: number;
  /** Where the admin opens the hit: paragraphs open their resolution. */
  target: { resource: 'resolutions' | 'obligations'; id: number };
}

/** GET /api/search's query. */
export interface SearchRequest {
  /** Words, "quoted phrases", OR, -excluded (web search syntax); never a syntax error. */
  q: string;
  limit?: number;
}
