/** What a hit is: a resolution (symbol or title), a paragraph's text, or an obligation's clause, actor or agenda item. */
export type SearchHitKind = 'resolution' | 'paragraph' | 'obligation';

export interface SearchHit {
  kind: SearchHitKind;
  /** The id of the resolution, paragraph or obligation found. */
  id: number;
  resolutionId: number;
  resolutionSymbol: string;
  /** A short label: the resolution's title, "para. 12" (or "preamble"), or "para. 23 · Secretary-General". */
  label: string;
  /** An obligation's kind (REPORT, AGENDA_ITEM ...); null for the other kinds. */
  obligationKind: string | null;
  /** ts_headline's excerpt: plain text in which only <mark>…</mark> marks the matched words. */
  snippet: string;
  rank: number;
  /** Where the admin opens the hit: paragraphs open their resolution. */
  target: { resource: 'resolutions' | 'obligations'; id: number };
}
