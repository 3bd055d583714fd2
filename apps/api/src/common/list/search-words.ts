/**
 * The lists' words filter `q`: every word, in any case, somewhere in the row's
 * `search_words`, a column PostgreSQL generates by lowercasing the fields the
 * list searches, one per line (obligations: quote, actor, agenda item title;
 * resolutions and documents: symbol, title). A case-sensitive LIKE on it costs
 * a fraction of ILIKE on each field (docs/performance.md, Lists), and since a
 * word has no whitespace it never matches across two fields.
 */
export function searchWordConditions(q: string | undefined): Array<{ searchWords: { contains: string } }> {
  const words = q?.trim().split(/\s+/).filter(Boolean) ?? [];
  return words.map((word) => ({ searchWords: { contains: word.toLowerCase() } }));
}
