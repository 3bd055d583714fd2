/**
 * Resolutions the preamble recalls or reaffirms, and reports the operative part acknowledges
 * ("Takes note of the report of the Secretary-General" with the report's symbol in the footnote).
 */
import { findExplicitSymbols } from './symbol-scan';
import { findResolutionRefs } from './resolution-refs';
import type { BodyCode } from './symbols';
import type { AcknowledgedReport, ParsedParagraph } from './types';

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

export function findRecalls(paragraphs: ParsedParagraph[], body: BodyCode): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (p.kind !== 'PREAMBULAR' || p.leadVerb === null || !/^(Recalling|Reaffirming|Recall|Reaffirm)/.test(p.leadVerb)) continue;
    const refs = [...findResolutionRefs(p.text, body), ...findExplicitSymbols(p.text).filter((s) => s.symbol.includes('/RES/'))];
    refs.sort((a, b) => a.index - b.index);
    out.push(...refs.map((r) => r.symbol));
  }
  return unique(out);
}

// A verb of acknowledgement followed within a few words by "report(s)" or "note by"; the gap is bounded.
const ACKNOWLEDGES_REPORT =
  /\b(?:takes note|welcomes|notes|acknowledges|having considered|having examined|endorses|taking note|welcoming|noting)\b[^;]{0,80}?\b(?:reports?|note by)\b/i;

function acknowledgesReport(text: string): boolean {
  return (text.includes('eport') || text.includes('note by')) && ACKNOWLEDGES_REPORT.test(text);
}

/**
 * Reports the resolution acknowledges, with their symbols. The operative part is where the organ takes
 * note; preambular mentions ("Having considered the report ...") count only when it does not.
 */
export function findAcknowledgedReports(paragraphs: ParsedParagraph[]): AcknowledgedReport[] {
  const operative = acknowledgedIn(paragraphs.filter((p) => p.kind === 'OPERATIVE'));
  return operative.length > 0 ? operative : acknowledgedIn(paragraphs.filter((p) => p.kind === 'PREAMBULAR'));
}

function acknowledgedIn(paragraphs: ParsedParagraph[]): AcknowledgedReport[] {
  const out: AcknowledgedReport[] = [];
  for (const p of paragraphs) {
    if (p.subParagraph !== null || !acknowledgesReport(p.text)) continue;
    const symbols = unique([...p.footnotes.flatMap((f) => f.symbols), ...findExplicitSymbols(p.text).map((s) => s.symbol)]).filter(
      (s) => !s.includes('/RES/'),
    );
    if (symbols.length > 0) out.push({ paragraph: p.ref, symbols });
  }
  return out;
}
