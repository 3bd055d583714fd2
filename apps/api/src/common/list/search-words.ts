type WordCondition = { searchWords: { contains: string; mode?: 'insensitive' } };

/** Letters whose lower case JavaScript and PostgreSQL agree on in every locale. */
const ASCII = /^[\x20-\x7e]*$/;

/**
 * The lists' words filter `q`: every word, in any case, somewhere in the row's
 * `search_words`, a column PostgreSQL generates by lowercasing the fields the
 * list searches, one per line (obligations: quote, actor, agenda item title;
 * resolutions and documents: symbol, title). A case-sensitive LIKE on it costs
 * a fraction of ILIKE on each field (docs/performance.md, Lists), and since a
 * word has no whitespace it never matches across two fields.
 *
 * A word with other letters ("État", "Σ") is left to PostgreSQL's own lower
 * case (ILIKE): JavaScript's differs for some of them, and a database whose
 * character type is C lowercases only ASCII.
 */
export function searchWordConditions(q: string | undefined): WordCondition[] {
  const words = q?.trim().split(/\s+/).filter(Boolean) ?? [];
  return words.map((word) =>
    ASCII.test(word)
      ? { searchWords: { contains: literalLikePattern(word.toLowerCase()) } }
      : { searchWords: { contains: literalLikePattern(word), mode: 'insensitive' } },
  );
}

/**
 * Prisma's `contains` becomes LIKE '%…%' without escaping, so a `%` or `_` typed into a filter
 * would match anything; escaped with LIKE's default escape character, they match themselves.
 */
export function literalLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
