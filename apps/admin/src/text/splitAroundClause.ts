/** Splits a paragraph around the clause an obligation was read from, so the clause can be marked where it stands. */
export function splitAroundClause(paragraph: string, quote: string): [string, string, string] | null {
  const at = quote ? paragraph.indexOf(quote) : -1;
  if (at < 0) return null;
  return [paragraph.slice(0, at), quote, paragraph.slice(at + quote.length)];
}
