/**
 * Web pages and briefing copies label each paragraph ("Operative paragraph 4.", "Preambular paragraph 2:",
 * "OP4", "PP2"). The operative label carries the paragraph's number, so it becomes "4. "; the preambular label
 * carries nothing the text needs and goes.
 */

const OPERATIVE_LABEL = /^([ \t]*)(?:operative paragraph|OP)[ \t]?([0-9]{1,3})[ \t]*[.:)]?[ \t]+/gim;
const PREAMBULAR_LABEL = /^([ \t]*)(?:preambular paragraph|PP)[ \t]?[0-9]{1,3}[ \t]*[.:)]?[ \t]+/gim;

const ANY_LABEL = /^[ \t]*(?:operative paragraph|preambular paragraph|OP|PP)[ \t]?[0-9]{1,3}[ \t]*[.:)]?[ \t]/im;

export function stripParagraphLabels(text: string): string {
  // Plain substring searches first: the anchored, case-blind pattern would be tried at every line of every text.
  const hint =
    text.includes('perative paragraph') ||
    text.includes('reambular paragraph') ||
    text.includes('PERATIVE PARAGRAPH') ||
    text.includes('REAMBULAR PARAGRAPH') ||
    text.includes('OP') ||
    text.includes('PP');
  if (!hint || !ANY_LABEL.test(text)) return text;
  return text.replace(OPERATIVE_LABEL, '$1$2. ').replace(PREAMBULAR_LABEL, '$1');
}
