/**
 * Word-processor exports: comment anchors such as [DU1] and the ODS job trailer (and the page furniture
 * printed after it) are not part of the resolution.
 */

/** A line holding nothing but ODS markers ("<<ODS JOB NO>>N2439912E<<ODS JOB NO>>"). */
const ODS_ONLY_LINE = /^[ \t]*(?:<<ODS [A-Z0-9 ]{1,30}>>[^<\n]{0,60}<<ODS [A-Z0-9 ]{1,30}>>[ \t]*)+$/;

export function cleanWordExport(text: string): string {
  let body = text;
  // Some exports print the job marker first, above the heading: that line goes, the text after it stays.
  for (let guard = 0; guard < 5; guard++) {
    const start = body.search(/\S/);
    const end = body.indexOf('\n', start);
    const first = body.slice(start < 0 ? 0 : start, end < 0 ? body.length : end);
    if (start < 0 || !first.startsWith('<<ODS') || !ODS_ONLY_LINE.test(first)) break;
    body = end < 0 ? '' : body.slice(end + 1);
  }
  const trailer = body.indexOf('<<ODS');
  if (trailer >= 0) {
    // The trailer line may start with a comment anchor ("[DU1]<<ODS JOB NO>>"); cut from its line start.
    const lineStart = body.lastIndexOf('\n', trailer) + 1;
    const before = body.slice(lineStart, trailer);
    body = body.slice(0, /^\s*(\[[A-Z]{1,4}[0-9]{1,3}\]\s*)*$/.test(before) ? lineStart : trailer);
  }
  return body.replace(/\[[A-Z]{1,4}[0-9]{1,3}\]/g, '');
}

/** The symbol the ODS trailer names, if any: "<<ODS DOC SYMBOL1>>A/RES/58/127<<ODS DOC SYMBOL1>>". */
export function odsSymbol(text: string): string | null {
  const at = text.indexOf('<<ODS DOC SYMBOL1>>');
  if (at < 0) return null;
  const start = at + '<<ODS DOC SYMBOL1>>'.length;
  const end = text.indexOf('<<', start);
  const value = text.slice(start, end < 0 ? start + 60 : Math.min(end, start + 60)).trim();
  return value === '' ? null : value;
}
