import { PERIODICITY_YEARS, type Periodicity } from '@mandate-tracker/contracts';

export interface Rhythm {
  periodicity: Periodicity;
  /** First session of the run that shows the rhythm; null when irregular. */
  since: number | null;
}

const BY_YEARS: Record<number, Periodicity> = { 1: 'ANNUAL', 2: 'BIENNIAL', 3: 'TRIENNIAL' };

/** What the latest mandate says in words ("and annually thereafter", "biennially"), when it says it. */
export function declaredPeriodicity(recurrence: string | null): Periodicity | null {
  if (!recurrence) return null;
  const text = recurrence.toLowerCase();
  if (/\bannual(ly)?\b|every year/.test(text)) return 'ANNUAL';
  if (/\bbiennial(ly)?\b|every (two|2) years/.test(text)) return 'BIENNIAL';
  if (/\btriennial(ly)?\b|every (three|3) years/.test(text)) return 'TRIENNIAL';
  return null;
}

/**
 * The rhythm an item has come back on, from the sessions it was considered at (newest last). The last gap proposes a
 * period of one, two or three sessions; the run goes back while gaps keep it. A gap that is a multiple of a two- or
 * three-session period continues the run: the resolutions between were not imported, the item did not stop. At least
 * two gaps make a rhythm; one gap is a rhythm only when the latest mandate declares it.
 */
export function learnRhythm(sessions: readonly number[], declared: Periodicity | null = null): Rhythm {
  const sorted = [...new Set(sessions)].sort((a, b) => a - b);
  const n = sorted.length;
  const last = sorted[n - 1];
  const beforeLast = sorted[n - 2];
  if (last === undefined || beforeLast === undefined) {
    return declared && declared !== 'IRREGULAR' && last !== undefined
      ? { periodicity: declared, since: last }
      : { periodicity: 'IRREGULAR', since: null };
  }
  const declaredYears = declared ? PERIODICITY_YEARS[declared] : undefined;
  const period = declaredYears ?? last - beforeLast;
  const periodicity = BY_YEARS[period];
  if (periodicity === undefined) return { periodicity: 'IRREGULAR', since: null };
  let gaps = 0;
  let since = last;
  for (let i = n - 1; i > 0; i--) {
    const gap = (sorted[i] as number) - (sorted[i - 1] as number);
    const keeps = gap === period || (period > 1 && gap % period === 0);
    if (!keeps) break;
    gaps += 1;
    since = sorted[i - 1] as number;
  }
  if (gaps >= 2 || (gaps === 1 && declaredYears !== undefined)) return { periodicity, since };
  return { periodicity: 'IRREGULAR', since: null };
}

/**
 * Sessions in [from, to] at which a regular item is expected after the last session it was considered or scheduled
 * at. Only the next three turns: an item silent for longer has stopped, it is not a gap to warn about.
 */
export function expectedSessions(rhythm: Rhythm, lastSession: number, from: number, to: number): number[] {
  const years = PERIODICITY_YEARS[rhythm.periodicity];
  if (years === undefined) return [];
  const out: number[] = [];
  for (let turn = 1; turn <= 3; turn++) {
    const session = lastSession + turn * years;
    if (session >= from && session <= to) out.push(session);
  }
  return out;
}
