/** The opening words of a paragraph ("Recalling also", "Takes note with appreciation", "Calls upon"). */

const SECOND_WORDS = new Set(['also', 'further', 'again', 'upon', 'on', 'note', 'with', 'in', 'its', 'that', 'once', 'to']);
const THIRD_AFTER = new Set(['with', 'in', 'once', 'its']);

export function leadVerb(text: string): string | null {
  const raw = text.slice(0, 120).split(/\s+/, 5);
  const words = raw.map((w) => w.replace(/[,;:.]+$/, ''));
  const first = words[0];
  if (first === undefined || !/^[A-Z][a-z-]{1,24}$/.test(first)) return null;
  if (raw[0] !== first) return first;
  const out = [first];
  const adverb = /ly$/.test(first) || first === 'Also' || first === 'Further';
  const second = words[1];
  if (second === undefined) return first;
  if (adverb && /^[a-z-]{2,24}$/.test(second)) {
    out.push(second);
    const third = words[2];
    if (third !== undefined && SECOND_WORDS.has(third) && !THIRD_AFTER.has(third)) out.push(third);
    return out.join(' ');
  }
  if (SECOND_WORDS.has(second)) {
    out.push(second);
    const third = words[2];
    if (THIRD_AFTER.has(second) && third !== undefined && /^[a-z]{2,20}$/.test(third)) out.push(third);
    else if (second === 'note' && third === 'with' && words[3] !== undefined) out.push(third, words[3]);
  }
  if (out[1] === 'its' || out[1] === 'to' || out[1] === 'that') return first;
  return out.join(' ');
}
