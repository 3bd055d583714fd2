import DescriptionIcon from '@mui/icons-material/Description';
import { Alert, Box, Button, Card, CardContent, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import {
  MAIN_COMMITTEE_LABELS,
  MAIN_COMMITTEES,
  UNALLOCATED_LABEL,
  type AgendaItemView,
  type MainCommittee,
} from '@mandate-tracker/contracts';
import { useState, type FormEvent } from 'react';
import { Title } from 'react-admin';
import { useLocation, useNavigate } from 'react-router-dom';
import { BODY_CHOICES } from '../enumChoices';
import { AgendaItemAccordion } from './AgendaItemAccordion';
import { AnnotatedListDialog } from './AnnotatedListDialog';
import { choiceFromSearch, searchOfChoice, type AgendaChoice } from './nextSession';
import { annotatedListHref, useAgenda } from './useAgenda';

const ALLOCATIONS: (MainCommittee | null)[] = [...MAIN_COMMITTEES, null];

const AgendaForm = ({ choice, onChoose }: { choice: AgendaChoice; onChoose: (choice: AgendaChoice) => void }) => {
  const [draft, setDraft] = useState(choice);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(draft);
  };
  return (
    <Box component="form" onSubmit={submit} aria-label="Agenda of" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        select
        label="Body"
        value={draft.body}
        onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        sx={{ minWidth: 240 }}
      >
        {BODY_CHOICES.map((b) => (
          <MenuItem key={b.id} value={b.id}>
            {b.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label="Session from"
        type="number"
        value={draft.from}
        onChange={(e) => {
          const from = Number(e.target.value);
          setDraft({ ...draft, from, to: Math.max(from, draft.to) });
        }}
        slotProps={{ htmlInput: { min: 1 } }}
      />
      <TextField
        label="Session to"
        type="number"
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: Number(e.target.value) })}
        slotProps={{ htmlInput: { min: draft.from } }}
      />
      <Button type="submit" variant="contained">
        Show agenda
      </Button>
    </Box>
  );
};

const SessionAgenda = ({ body, session, items }: { body: string; session: number; items: AgendaItemView[] }) => {
  const [viewing, setViewing] = useState(false);
  return (
    <Box component="section" aria-label={`Session ${session}`} sx={{ mt: 3 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          Session {session}
        </Typography>
        <Button startIcon={<DescriptionIcon />} onClick={() => setViewing(true)}>
          View draft list
        </Button>
        <Button href={annotatedListHref(body, session, 'docx')} download>
          Download draft list (.docx)
        </Button>
        <Button href={annotatedListHref(body, session, 'md')} download>
          Markdown
        </Button>
      </Stack>
      {items.length === 0 && <Typography color="text.secondary">No item is scheduled or expected at this session.</Typography>}
      {ALLOCATIONS.map((allocation) => {
        const here = items.filter((item) => item.allocation === allocation);
        if (here.length === 0) return null;
        const heading = allocation === null ? UNALLOCATED_LABEL : MAIN_COMMITTEE_LABELS[allocation];
        return (
          <Box key={heading} sx={{ mb: 2 }}>
            <Typography variant="subtitle1" component="h3" sx={{ mb: 0.5 }}>
              {heading}
            </Typography>
            {here.map((item) => (
              <AgendaItemAccordion key={item.key} item={item} />
            ))}
          </Box>
        );
      })}
      <AnnotatedListDialog body={body} session={session} open={viewing} onClose={() => setViewing(false)} />
    </Box>
  );
};

/** /agenda: what the provisional agendas of coming sessions hold, for committee officers. */
export const AgendaPage = () => {
  const location = useLocation();
  const navigate = useNavigate();
  const choice = choiceFromSearch(location.search);
  const { data, error, isPending } = useAgenda(choice);
  const sessions = Array.from({ length: Math.max(choice.to - choice.from + 1, 0) }, (_, i) => choice.from + i);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Agenda" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          Agenda of coming sessions
        </Typography>
        <AgendaForm key={searchOfChoice(choice)} choice={choice} onChoose={(next) => navigate(`/agenda?${searchOfChoice(next)}`)} />
        {isPending && <CircularProgress size={24} sx={{ mt: 2 }} />}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error.message}
          </Alert>
        )}
        {data &&
          sessions.map((session) => (
            <SessionAgenda
              key={session}
              body={choice.body}
              session={session}
              items={data.items.filter((item) => item.session === session)}
            />
          ))}
      </CardContent>
    </Card>
  );
};
