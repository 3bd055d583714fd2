import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography, type TextFieldProps } from '@mui/material';
import { OBLIGATION_STRENGTH_LABELS } from '@mandate-tracker/contracts';
import { DayTextField } from '../DayTextField';
import { BODY_CHOICES, KIND_CHOICES } from '../enumChoices';
import type { ExtractedObligationView, ObligationDecision, ObligationKind } from '@mandate-tracker/contracts';

interface Props {
  obligation: ExtractedObligationView;
  decision: ObligationDecision;
  onChange: (decision: ObligationDecision) => void;
}

/** As the API's decision takes it: the operative number with its sub-paragraphs, or a preambular PP. */
const PARAGRAPH_REF = /^(?:PP\d{1,3}|\d{1,3}(?: \([a-z]{1,6}\))*)$/;
export const PARAGRAPH_PROBLEM = 'Write it as printed: 12, 4 (b), 1 (b) (ii) or PP3';

const STRENGTHS = [
  { id: 'mandatory', name: OBLIGATION_STRENGTH_LABELS.MANDATORY },
  { id: 'hortatory', name: OBLIGATION_STRENGTH_LABELS.HORTATORY },
] as const;

/** A correction the API would refuse, so the preview can hold the save until it is put right. */
export function decisionProblems(decision: ObligationDecision): string[] {
  const problems: string[] = [];
  if (decision.paragraph !== undefined && !PARAGRAPH_REF.test(decision.paragraph)) problems.push('paragraph');
  if (typeof decision.dueDate === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(decision.dueDate)) problems.push('due date');
  return problems;
}

const small: Pick<TextFieldProps, 'size' | 'fullWidth'> = { size: 'small', fullWidth: false };

/**
 * One extracted obligation: confirm, reject or leave for review, and correct any field the parser read, each shown
 * with what the parser found until the reviewer changes it.
 */
export const ObligationReview = ({ obligation, decision, onChange }: Props) => {
  const value = <K extends keyof ObligationDecision>(key: K, fallback: ObligationDecision[K]) =>
    decision[key] === undefined ? fallback : decision[key];
  const set = (change: Partial<ObligationDecision>) => onChange({ ...decision, ...change });
  const text = (key: 'actor' | 'recipient' | 'recurrence' | 'agendaItemTitle', label: string, width = 200) => (
    <TextField
      {...small}
      label={label}
      sx={{ width }}
      value={value(key, obligation[key]) ?? ''}
      // Emptied means none: the API stores null, not an empty name.
      onChange={(event) => set({ [key]: event.target.value === '' ? null : event.target.value })}
    />
  );
  const paragraph = value('paragraph', obligation.paragraph) ?? '';
  const paragraphWrong = !PARAGRAPH_REF.test(paragraph);
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start', my: 1 }}
      role="group"
      aria-label={`Obligation ${obligation.eId}`}
    >
      <ToggleButtonGroup
        size="small"
        exclusive
        value={decision.reviewState ?? 'NEEDS_REVIEW'}
        onChange={(_event, reviewState: ObligationDecision['reviewState'] | null) => reviewState && set({ reviewState })}
      >
        <ToggleButton value="CONFIRMED">Confirm</ToggleButton>
        <ToggleButton value="NEEDS_REVIEW">Later</ToggleButton>
        <ToggleButton value="REJECTED">Reject</ToggleButton>
      </ToggleButtonGroup>
      <TextField
        {...small}
        label="Paragraph"
        sx={{ width: 110 }}
        value={paragraph}
        error={paragraphWrong}
        helperText={paragraphWrong ? PARAGRAPH_PROBLEM : undefined}
        onChange={(event) => set({ paragraph: event.target.value })}
      />
      <TextField
        {...small}
        select
        label="Kind"
        sx={{ width: 170 }}
        value={value('kind', obligation.kind)}
        onChange={(event) => set({ kind: event.target.value as ObligationKind })}
      >
        {KIND_CHOICES.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...small}
        select
        label="Strength"
        sx={{ width: 140 }}
        value={value('strength', obligation.strength)}
        onChange={(event) => set({ strength: event.target.value as ObligationDecision['strength'] })}
      >
        {STRENGTHS.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </TextField>
      {text('actor', 'Actor', 240)}
      {text('recipient', 'Recipient')}
      <TextField
        {...small}
        select
        label="Due body"
        sx={{ width: 200 }}
        value={value('dueBody', obligation.dueBody) ?? ''}
        onChange={(event) => set({ dueBody: event.target.value === '' ? null : (event.target.value as ObligationDecision['dueBody']) })}
      >
        <MenuItem value="">None</MenuItem>
        {BODY_CHOICES.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...small}
        type="number"
        label="Due session"
        sx={{ width: 120 }}
        value={value('dueSession', obligation.dueSession) ?? ''}
        onChange={(event) => set({ dueSession: event.target.value === '' ? null : Number(event.target.value) })}
      />
      <DayTextField
        {...small}
        label="Due date"
        accessibleLabel="Due date"
        sx={{ width: 190 }}
        value={value('dueDate', obligation.dueDate)}
        onChange={(dueDate) => set({ dueDate })}
      />
      {text('recurrence', 'Recurrence', 150)}
      {text('agendaItemTitle', 'Agenda item title', 320)}
      <Typography variant="body2" sx={{ alignSelf: 'center' }}>
        Read from “{obligation.verb}”, confidence {Math.round(obligation.confidence * 100)}%
      </Typography>
    </Stack>
  );
};
