/** A run of text as pdf.js reports it: its string, vertical position and height. */
export interface PdfTextRun {
  str: string;
  y: number;
  height: number;
  hasEOL: boolean;
}

/**
 * Rebuilds a page's lines from pdf.js text runs, with a blank line wherever
 * the vertical gap is clearly wider than ordinary line spacing. The resolution
 * parser reads paragraph breaks from those blank lines, as in the text that
 * PDF-to-text tools produce; pdf.js itself gives runs, not paragraphs.
 */
export function pageText(runs: readonly PdfTextRun[]): string {
  const lines: { y: number; height: number; text: string }[] = [];
  let current: { y: number; height: number; text: string } | undefined;
  for (const run of runs) {
    if (!current || Math.abs(run.y - current.y) > Math.max(run.height, current.height, 1) / 2) {
      if (current) lines.push(current);
      current = { y: run.y, height: run.height, text: '' };
    }
    current.text += run.str;
    current.height = Math.max(current.height, run.height);
  }
  if (current) lines.push(current);

  const gaps = lines
    .slice(1)
    .map((line, index) => (lines[index] as { y: number }).y - line.y)
    .filter((gap) => gap > 0);
  const spacing = median(gaps) ?? 0;
  return lines
    .map((line, index) => {
      const previous = lines[index - 1];
      const gap = previous ? previous.y - line.y : 0;
      const blank = previous !== undefined && spacing > 0 && gap > spacing * 1.4;
      return `${blank ? '\n' : ''}${line.text.trimEnd()}`;
    })
    .join('\n');
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
