import {
  COMPLIANCE_GROUPINGS,
  COMPLIANCE_OUTCOMES,
  type ComplianceFigure,
  type ComplianceFiguresView,
  type ComplianceGrouping,
  type ComplianceOutcome,
  type ComplianceRowView,
} from '@mandate-tracker/contracts';
import { AUDIT_VALUE_LABELS } from '@mandate-tracker/contracts';

interface Tally {
  total: number;
  metOnTime: number;
  metLate: number;
  overdue: number;
  delayDays: number;
  delayed: number;
}

const empty = (): Tally => ({ total: 0, metOnTime: 0, metLate: 0, overdue: 0, delayDays: 0, delayed: 0 });

function add(tally: Tally, row: ComplianceRowView): void {
  tally.total += 1;
  if (row.outcome === 'MET_ON_TIME') tally.metOnTime += 1;
  if (row.outcome === 'MET_LATE') tally.metLate += 1;
  if (row.outcome === 'OVERDUE') tally.overdue += 1;
  if ((row.outcome === 'MET_LATE' || row.outcome === 'OVERDUE') && row.daysLate !== null) {
    tally.delayDays += row.daysLate;
    tally.delayed += 1;
  }
}

/**
 * On-time rate: met on time over all that were due (met, on time or late, or overdue); obligations not yet due,
 * deferred, cancelled or without deadline are left out, as nothing could yet be late.
 */
function figureOf(key: string, label: string, tally: Tally): ComplianceFigure {
  const met = tally.metOnTime + tally.metLate;
  const due = met + tally.overdue;
  return {
    key,
    label,
    total: tally.total,
    met,
    metOnTime: tally.metOnTime,
    metLate: tally.metLate,
    overdue: tally.overdue,
    onTimeRate: due === 0 ? null : tally.metOnTime / due,
    averageDelayDays: tally.delayed === 0 ? null : Math.round((tally.delayDays / tally.delayed) * 10) / 10,
  };
}

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix} session`;
};

const GROUP_KEY: Record<ComplianceGrouping, (row: ComplianceRowView) => { key: string; label: string }> = {
  office: (row) => ({ key: row.responsibleOffice ?? '', label: row.responsibleOffice ?? 'No office recorded' }),
  session: (row) => ({
    key: row.session === null ? '' : String(row.session),
    label: row.session === null ? 'No session' : ordinal(row.session),
  }),
  body: (row) => ({ key: row.body ?? '', label: row.body ? (AUDIT_VALUE_LABELS[row.body] ?? row.body) : 'No body' }),
  kind: (row) => ({ key: row.kind, label: AUDIT_VALUE_LABELS[row.kind] ?? row.kind }),
};

/** Totals and the on-time rate, overdue count and average delay by office, session, body and kind. */
export function figuresOf(asOf: string, rows: readonly ComplianceRowView[]): ComplianceFiguresView {
  const total = empty();
  const byOutcome = Object.fromEntries(COMPLIANCE_OUTCOMES.map((o) => [o, 0])) as Record<ComplianceOutcome, number>;
  const groups = Object.fromEntries(COMPLIANCE_GROUPINGS.map((g) => [g, new Map<string, { label: string; tally: Tally }>()])) as Record<
    ComplianceGrouping,
    Map<string, { label: string; tally: Tally }>
  >;
  for (const row of rows) {
    add(total, row);
    byOutcome[row.outcome] += 1;
    for (const grouping of COMPLIANCE_GROUPINGS) {
      const { key, label } = GROUP_KEY[grouping](row);
      const group = groups[grouping].get(key) ?? { label, tally: empty() };
      add(group.tally, row);
      groups[grouping].set(key, group);
    }
  }
  const by = Object.fromEntries(
    COMPLIANCE_GROUPINGS.map((grouping) => [
      grouping,
      [...groups[grouping].entries()]
        .map(([key, group]) => figureOf(key, group.label, group.tally))
        .sort((a, b) => (grouping === 'session' ? Number(a.key) - Number(b.key) : b.total - a.total || a.label.localeCompare(b.label))),
    ]),
  ) as Record<ComplianceGrouping, ComplianceFigure[]>;
  return { asOf, totals: figureOf('', 'All', total), byOutcome, by };
}
