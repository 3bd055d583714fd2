export interface SnippetPart {
  text: string;
  marked: boolean;
}

const MARKED = /<mark>(.*?)<\/mark>/gs;

/**
 * Splits ts_headline's snippet into plain and marked runs. The snippet is the stored text with
 * <mark> added; rendering the runs as text (never as HTML) keeps any other markup inert.
 */
export function splitMarks(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of snippet.matchAll(MARKED)) {
    if (match.index > last) parts.push({ text: snippet.slice(last, match.index), marked: false });
    if (match[1]) parts.push({ text: match[1], marked: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), marked: false });
  return parts;
}
