/**
 * UN document symbols: normalisation, validation, resolution symbols and public addresses.
 * Scanning running text for symbols lives in symbol-scan.ts.
 */

export type SymbolCheck = { valid: true; symbol: string } | { valid: false; message: string };

/** Prefix of a resolution symbol for each adopting organ. */
export type BodyCode = 'A' | 'S' | 'E' | 'A/HRC';

const EXPECTED_SHAPES = 'expected a UN document symbol such as A/RES/78/70, A/78/259, A/62/307/Corr.3, S/RES/2720 (2023)';

/** Corrigenda, addenda and revisions keep their conventional mixed case. */
const SUFFIX_NAMES: Record<string, string> = {
  corr: 'Corr.',
  add: 'Add.',
  rev: 'Rev.',
  amend: 'Amend.',
  suppl: 'Suppl.',
};

/** Returns the canonical spelling of a suffix segment ("corr.3" -> "Corr.3"), or null if it is not one. */
export function suffixSegment(segment: string): string | null {
  const dot = segment.indexOf('.');
  const name = (dot < 0 ? segment.replace(/[0-9]+$/, '') : segment.slice(0, dot)).toLowerCase();
  const canonical = SUFFIX_NAMES[name];
  if (canonical === undefined) return null;
  const digits = segment.slice(name.length).replace(/^\.\s*/, '');
  if (!/^[0-9]{1,4}$/.test(digits)) return null;
  return canonical + digits;
}

function collapseSpaces(value: string): string {
  let out = '';
  let pendingSpace = false;
  for (const ch of value) {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      pendingSpace = out.length > 0;
    } else {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += ch;
    }
  }
  return out;
}

/**
 * Canonical form of a symbol: trimmed, no spaces around '/', body letters in upper case,
 * suffixes as Corr./Add./Rev., and a Security Council year in parentheses after one space.
 */
export function normaliseSymbol(input: string): string {
  const collapsed = collapseSpaces(String(input ?? ''));
  const segments = collapsed.split('/').map((s) => s.trim());
  const out = segments.map((segment) => {
    const suffix = suffixSegment(segment.replace(/\s+/g, ''));
    if (suffix !== null) return suffix;
    // "2720(2023)" and "2720 (2023)" are the same Security Council resolution.
    const paren = segment.indexOf('(');
    if (paren > 0) {
      const head = segment.slice(0, paren).trim().toUpperCase();
      return `${head} ${segment.slice(paren).replace(/\s+/g, '').toUpperCase()}`;
    }
    return segment.toUpperCase();
  });
  return out.join('/');
}

const SERIES = /^[A-Z]{1,8}$/;
const PLAIN_SEGMENT = /^[A-Z0-9][A-Z0-9.-]{0,19}$/;
const LETTERED = /^[0-9]{1,4} [A-Z]$/;
const SC_NUMBER = /^[0-9]{1,5} \([0-9]{4}\)$/;

function segmentProblem(segment: string, index: number, last: boolean, resolution: boolean): string | null {
  if (segment === '') return 'an empty part between slashes';
  if (suffixSegment(segment) !== null) return index >= 2 ? null : `"${segment}" cannot come that early`;
  if (PLAIN_SEGMENT.test(segment)) return null;
  if (last && resolution && (LETTERED.test(segment) || SC_NUMBER.test(segment))) return null;
  return `"${segment}" is not a valid part`;
}

/** Checks a symbol's shape; a bad one gets a message naming the part at fault and the shapes expected. */
export function validateSymbol(input: string): SymbolCheck {
  if (typeof input !== 'string' || input.trim() === '') {
    return { valid: false, message: `empty symbol: ${EXPECTED_SHAPES}` };
  }
  if (input.length > 120) return { valid: false, message: `symbol too long: ${EXPECTED_SHAPES}` };
  const symbol = normaliseSymbol(input);
  const segments = symbol.split('/');
  const series = segments[0] ?? '';
  const fail = (why: string): SymbolCheck => ({ valid: false, message: `${why} in "${input.trim()}": ${EXPECTED_SHAPES}` });
  if (segments.length < 2) return fail('no "/" separating the parts');
  if (!SERIES.test(series)) return fail(`"${series}" is not a document series (A, S, E, ST ...)`);
  if (!/[0-9]/.test(symbol)) return fail('no number');
  const resolution = segments.includes('RES');
  for (let i = 1; i < segments.length; i++) {
    const problem = segmentProblem(segments[i] ?? '', i, i === segments.length - 1, resolution);
    if (problem !== null) return fail(problem);
  }
  if (resolution) {
    const problem = resolutionProblem(segments);
    if (problem !== null) return fail(problem);
  }
  return { valid: true, symbol };
}

/** Resolution symbols have fixed shapes per organ; anything else is probably a typing slip. */
function resolutionProblem(segments: string[]): string | null {
  const core = segments.filter((s) => suffixSegment(s) === null);
  const at = core.indexOf('RES');
  const rest = core.slice(at + 1);
  const prefix = core.slice(0, at).join('/');
  if (prefix === 'S') {
    return rest.length === 1 && /^[0-9]{1,5}( \([0-9]{4}\))?$/.test(rest[0] ?? '')
      ? null
      : 'a Security Council resolution is S/RES/<number> (<year>)';
  }
  if (rest.length !== 2) return 'a resolution symbol is <organ>/RES/<session>/<number>';
  const [session, number] = rest as [string, string];
  if (!/^([0-9]{1,4}|ES-[0-9]{1,2}|S-[0-9]{1,2})$/.test(session)) return `"${session}" is not a session`;
  if (!/^[0-9]{1,4}( [A-Z])?$/.test(number)) return `"${number}" is not a resolution number`;
  return null;
}

/**
 * Full symbol of a resolution. For the General Assembly and the Human Rights Council `session` is the
 * session number; for the Security Council and the Economic and Social Council it is the year.
 */
export function resolutionSymbol(session: number, number: string, body: BodyCode = 'A'): string {
  const num = normaliseSymbol(String(number));
  switch (body) {
    case 'S':
      return `S/RES/${num} (${session})`;
    case 'E':
      return `E/RES/${session}/${num}`;
    case 'A/HRC':
      return `A/HRC/RES/${session}/${num}`;
    default:
      return `A/RES/${session}/${num}`;
  }
}

/** Public address of a document on the UN's symbol resolver. */
export function undocsUrl(symbol: string): string {
  const canonical = normaliseSymbol(symbol).replace(' (', '(');
  return `https://undocs.org/en/${encodeURI(canonical)}`;
}
