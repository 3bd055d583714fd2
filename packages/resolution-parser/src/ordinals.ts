/**
 * Number words, the one list the parser has: ordinals as UN texts spell session numbers ("fifty-eighth",
 * "eightieth", "one hundred and first"), both ways, and cardinals as they spell periods ("for a period of twelve
 * months", "within ninety days", "every one hundred and twenty days").
 */

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEEN_ORDINALS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TEN_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

function below100(n: number, ordinal: boolean): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (n < 10) return (ordinal ? UNIT_ORDINALS : UNITS)[n] ?? '';
  if (n < 20) return ordinal ? (TEEN_ORDINALS[n - 10] ?? '') : (TEENS[n - 10] ?? '');
  if (units === 0) return (ordinal ? TEN_ORDINALS : TENS)[tens] ?? '';
  return `${TENS[tens]}-${(ordinal ? UNIT_ORDINALS : UNITS)[units]}`;
}

/** 58 -> "fifty-eighth", 100 -> "one hundredth", 101 -> "one hundred and first". Range 1..999. */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`ordinalWord: ${n} is outside 1..999`);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return below100(rest, true);
  const head = `${UNITS[hundreds]} hundred`;
  return rest === 0 ? `${head}th` : `${head} and ${below100(rest, true)}`;
}

const WORD_VALUES = new Map<string, { value: number; ordinal: boolean }>();
UNITS.forEach((w, i) => i > 0 && WORD_VALUES.set(w, { value: i, ordinal: false }));
UNIT_ORDINALS.forEach((w, i) => i > 0 && WORD_VALUES.set(w, { value: i, ordinal: true }));
TEENS.forEach((w, i) => WORD_VALUES.set(w, { value: 10 + i, ordinal: false }));
TEEN_ORDINALS.forEach((w, i) => WORD_VALUES.set(w, { value: 10 + i, ordinal: true }));
TENS.forEach((w, i) => i > 1 && WORD_VALUES.set(w, { value: i * 10, ordinal: false }));
TEN_ORDINALS.forEach((w, i) => i > 1 && WORD_VALUES.set(w, { value: i * 10, ordinal: true }));

/** Words of one number ("fifty-eighth", "one hundred and twenty"): its value and whether it ends as an ordinal. */
function numberWords(input: string): { value: number; ordinal: boolean } | null {
  const text = input.trim().toLowerCase();
  if (text === '' || text.length > 60) return null;
  const words = text.split(/[\s\u2010\u2011-]+/).filter((w) => w !== '' && w !== 'and');
  let total = 0;
  let current = 0;
  let sawOrdinal = false;
  for (const word of words) {
    if (sawOrdinal) return null;
    if (word === 'hundred' || word === 'hundredth') {
      total += (current === 0 ? 1 : current) * 100;
      current = 0;
      sawOrdinal = word === 'hundredth';
      continue;
    }
    const entry = WORD_VALUES.get(word);
    if (entry === undefined) return null;
    // "fifty-eighth": a tens word may take a units word; nothing else may follow a number word.
    if (current !== 0 && !(current % 10 === 0 && current >= 20 && entry.value < 10)) return null;
    current += entry.value;
    sawOrdinal = entry.ordinal;
  }
  return words.length === 0 ? null : { value: total + current, ordinal: sawOrdinal };
}

/**
 * "eighty-first" -> 81, "Eightieth" -> 80, "one hundred and first" -> 101, "78th" -> 78.
 * Returns null for anything that is not an ordinal.
 */
export function parseOrdinal(input: string): number | null {
  if (typeof input !== 'string') return null;
  const numeric = /^([0-9]{1,3})(st|nd|rd|th)$/.exec(input.trim().toLowerCase());
  if (numeric) return Number(numeric[1]);
  const n = numberWords(input);
  return n !== null && n.ordinal ? n.value : null;
}

/**
 * "twelve" -> 12, "twenty-four" -> 24, "one hundred and twenty" -> 120, "90" -> 90.
 * Returns null for anything that is not a cardinal number.
 */
export function parseCardinal(input: string): number | null {
  if (typeof input !== 'string') return null;
  if (/^[0-9]{1,4}$/.test(input.trim())) return Number(input.trim());
  const n = numberWords(input);
  return n !== null && !n.ordinal ? n.value : null;
}
