/**
 * Web pages and briefing copies label each paragraph ("Operative paragraph 4.", "Preambular paragraph 2:",
 * "OP4", "PP2"). The operative label carries the paragraph's number, so it becomes "4. "; the preambular label
 * carries nothing the text needs and goes.
 */

const OPERATIVE_LABEL = /^([ \t]*)(?:operative paragraph|OP)[ \t]?([0-9]{1,3})[ \t]*[.:)]?[ \t]+/gim;
const PREAMBULAR_LABEL = /^([ \t]*)(?:preambular paragraph|PP)[ \t]?[0-9]{1,3}[ \t]*[.:)]?[ \t]+/gim;

export function stripParagraphLabels(text: string): string {
  const lower = text.length > 200_000 ? null : text.toLowerCase();
  const labelled =
    lower === null ||
    lower.includes('operative paragraph') ||
    lower.includes('preambular paragraph') ||
    /^[ \t]*(?:OP|PP)[ \t]?[0-9]{1,3}[ \t]*[.:)]?[ \t]/m.test(text);
  if (!labelled) return text;
  return text.replace(OPERATIVE_LABEL, '$1$2. ').replace(PREAMBULAR_LABEL, '$1');
}
