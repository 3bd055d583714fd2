import { MenuItem, Stack, TextField } from '@mui/material';
import { COMPLIANCE_OUTCOME_LABELS, COMPLIANCE_OUTCOMES, type ComplianceFilter } from '@mandate-tracker/contracts';
import { BODY_CHOICES, KIND_CHOICES } from '../enumChoices';
import { DayTextField } from '../DayTextField';

/** "78, 79" or "78-79" → [78, 79]. */
export function sessionsOf(text: string): number[] | undefined {
  const numbers = text
    .split(/[,\s]+/)
    .flatMap((part) => {
      const range = /^(\d+)-(\d+)$/.exec(part);
      if (range) {
        const [from, to] = [Number(range[1]), Number(range[2])];
        return from <= to && to - from < 100 ? Array.from({ length: to - from + 1 }, (_v, i) => from + i) : [];
      }
      return /^\d+$/.test(part) ? [Number(part)] : [];
    })
    .filter((n) => n > 0);
  return numbers.length > 0 ? numbers : undefined;
}

export interface ScopeForm {
  asOf: string;
  sessions: string;
  body: string;
  kind: string;
  actor: string;
  office: string;
  outcome: string;
}

export function filterOf(form: ScopeForm): ComplianceFilter {
  const filter: ComplianceFilter = {};
  const sessions = sessionsOf(form.sessions);
  if (sessions) filter.session = sessions;
  if (form.body) filter.body = [form.body];
  if (form.kind) filter.kind = [form.kind];
  if (form.actor.trim()) filter.actor = form.actor.trim();
  if (form.office.trim()) filter.office = [form.office.trim()];
  if (form.outcome) filter.outcome = [form.outcome as (typeof COMPLIANCE_OUTCOMES)[number]];
  return filter;
}

/** The date and the scope: every field narrows the report; empty means all. */
export const ComplianceScope = ({ form, onChange }: { form: ScopeForm; onChange: (form: ScopeForm) => void }) => {
  const field = (key: keyof ScopeForm) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) => onChange({ ...form, [key]: event.target.value }),
    size: 'small' as const,
    // react-admin's theme makes inputs full width; here they sit side by side.
    fullWidth: false,
    sx: { minWidth: 170 },
  });
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
      <DayTextField
        label="As of"
        accessibleLabel="As of"
        value={form.asOf}
        onChange={(asOf) => onChange({ ...form, asOf: asOf ?? '' })}
        max={today}
        size="small"
        fullWidth={false}
        sx={{ minWidth: 170 }}
      />
      <TextField label="Sessions adopted" placeholder="78, 79" helperText="Numbers or a range: 78-79" {...field('sessions')} />
      <TextField select label="Body" {...field('body')}>
        <MenuItem value="">All bodies</MenuItem>
        {BODY_CHOICES.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label="Kind" {...field('kind')}>
        <MenuItem value="">All kinds</MenuItem>
        {KIND_CHOICES.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField label="Requested of" placeholder="Secretary-General" {...field('actor')} />
      <TextField label="Office" {...field('office')} />
      <TextField select label="Outcome" {...field('outcome')}>
        <MenuItem value="">All outcomes</MenuItem>
        {COMPLIANCE_OUTCOMES.map((o) => (
          <MenuItem key={o} value={o}>
            {COMPLIANCE_OUTCOME_LABELS[o]}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
