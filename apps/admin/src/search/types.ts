/** One hit of GET /api/search, as apps/api/src/search/search-hit.view.ts answers it. */
export interface SearchHit {
  kind: 'resolution' | 'paragraph' | 'obligation';
  id: number;
  resolutionId: number;
  resolutionSymbol: string;
  /** The resolution's title, "para. 12", "preamble" or "para. 23 · Secretary-General". */
  label: string;
  obligationKind: string | null;
  /** Plain text with <mark> around matched words. */
  snippet: string;
  rank: number;
  target: { resource: 'resolutions' | 'obligations'; id: number };
}

/** The longest q the API accepts. */
export const SEARCH_QUERY_MAX_LENGTH = 200;
