type Insensitive = { mode: 'insensitive' };
type InSymbol = { symbol: { contains: string } & Insensitive };
type InSymbolOrTitle = { OR: [InSymbol, { title: { contains: string } & Insensitive }] };

/**
 * The `q` filter of lists of things named by a document symbol (resolutions,
 * documents): every word must match, anywhere in the symbol or the title; a
 * word with a slash ("A/79", "62/307") is part of a symbol, so titles are not
 * searched for it. That spares PostgreSQL the per-row ILIKE on titles that
 * made a symbol search the slowest list (docs/performance.md).
 */
export function symbolOrTitleWords(q: string | undefined): Array<InSymbol | InSymbolOrTitle> {
  const words = q?.trim().split(/\s+/).filter(Boolean) ?? [];
  return words.map((word) => {
    const inSymbol: InSymbol = { symbol: { contains: word, mode: 'insensitive' } };
    return word.includes('/') ? inSymbol : { OR: [inSymbol, { title: { contains: word, mode: 'insensitive' } }] };
  });
}
