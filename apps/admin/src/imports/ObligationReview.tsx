import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { KIND_CHOICES } from '../enumChoices';
import type { ExtractedObligationView, ObligationDecision, ObligationKind } from '@mandate-tracker/contracts';

interface Props {
  obligation: ExtractedObligationView;
  decision: ObligationDecision;
  onChange: (decision: ObligationDecision) => void;
}

/** One extracted obligation: confirm, reject or leave for review, and correct what the parser got wrong. */
export const ObligationReview = ({ obligation, decision, onChange }: Props) => {
  const value = <K extends keyof ObligationDecision>(key: K, fallback: ObligationDecision[K]) =>
    decision[key] === undefined ? fallback : decision[key];
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center', my: 1 }}
      aria-label={`Obligation ${obligation.eId}`}
    >
      <ToggleButtonGroup
        size="small"
        exclusive
        value={decision.reviewState ?? 'NEEDS_REVIEW'}
        onChange={(_event, reviewState: ObligationDecision['reviewState'] | null) => reviewState && onChange({ ...decision, reviewState })}
      >
        <ToggleButton value="CONFIRMED">Confirm</ToggleButton>
        <ToggleButton value="NEEDS_REVIEW">Later</ToggleButton>
        <ToggleButton value="REJECTED">Reject</ToggleButton>
      </ToggleButtonGroup>
      <TextField
        select
        size="small"
        label="Kind"
        value={value('kind', obligation.kind)}
        onChange={(event) => onChange({ ...decision, kind: event.target.value as ObligationKind })}
      >
        {KIND_CHOICES.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label="Actor"
        value={value('actor', obligation.actor)}
        onChange={(event) => onChange({ ...decision, actor: event.target.value })}
      />
      <TextField
        size="small"
        type="number"
        label="Due session"
        sx={{ width: 120 }}
        value={value('dueSession', obligation.dueSession) ?? ''}
        onChange={(event) => onChange({ ...decision, dueSession: event.target.value === '' ? null : Number(event.target.value) })}
      />
      {obligation.kind === 'AGENDA_ITEM' && (
        <TextField
          size="small"
          label="Agenda item"
          value={value('agendaItemTitle', obligation.agendaItemTitle) ?? ''}
          onChange={(event) => onChange({ ...decision, agendaItemTitle: event.target.value })}
        />
      )}
      <span>
        {obligation.strength}, confidence {Math.round(obligation.confidence * 100)}%
      </span>
    </Stack>
  );
};
