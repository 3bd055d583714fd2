import { Box, Chip, Divider, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import {
  EditButton,
  FunctionField,
  Labeled,
  Link,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { KIND_CHOICES, REVIEW_CHOICES, STATUS_CHOICES, STRENGTH_CHOICES } from '../enumChoices';
import { formatDay } from '../dates';
import { ClauseInParagraph } from './ClauseInParagraph';
import { HistoryPanel } from './HistoryPanel';
import { InPlaceText } from './InPlaceText';
import { LinkedDocuments } from './LinkedDocuments';
import { NotesPanel } from './NotesPanel';
import { OfficeSuggestion } from '../offices/OfficeSuggestion';
import { StatusActions } from './StatusActions';
import type { ObligationDetailView, ObligationView } from '@mandate-tracker/contracts';

/** "session 58 (opens 16 Sep 2003, closes 13 Sep 2004)", or the date itself. */
const Due = () => {
  // A row from the list may stand in for the detail until it arrives: the session's days can be missing.
  const record = useRecordContext<ObligationView & Partial<ObligationDetailView>>();
  if (!record) return null;
  const parts: string[] = [];
  if (record.dueSession !== null) {
    const dates = record.dueSessionDates;
    parts.push(
      `session ${record.dueSession}${dates ? ` (opens ${formatDay(dates.opensOn)}${dates.closesOn ? `, closes ${formatDay(dates.closesOn)}` : ''})` : ''}`,
    );
  }
  if (record.dueDate) parts.push(`by ${formatDay(record.dueDate)}`);
  if (record.recurrence) parts.push(record.recurrence);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography variant="body2">{parts.join('; ') || 'no due session or date'}</Typography>
      {record.proven && <Chip size="small" color="success" label="fulfilled by a document" />}
      {record.overdue && <Chip size="small" color="error" label="overdue" />}
      {record.dueNow && <Chip size="small" color="warning" label="due this session" />}
    </Stack>
  );
};

/** A titled part of the page, named by its heading so assistive technology (and the journeys) can find it. */
const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const heading = useId();
  return (
    <Box component="section" aria-labelledby={heading} sx={{ width: '100%' }}>
      <Divider sx={{ my: 1 }} />
      <Typography id={heading} variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
};

export const ObligationShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <FunctionField<ObligationView>
        label="Mandate"
        render={(o) => (
          <Link to={`/resolutions/${o.resolution.id}/show`}>
            {o.resolution.symbol}, para. {o.paragraphRef} — {o.resolution.title}
          </Link>
        )}
      />
      <ClauseInParagraph />
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Labeled source="kind">
          <SelectField source="kind" choices={KIND_CHOICES} />
        </Labeled>
        <Labeled source="strength">
          <SelectField source="strength" choices={STRENGTH_CHOICES} />
        </Labeled>
        <Labeled source="actor">
          <TextField source="actor" />
        </Labeled>
        <Labeled source="recipient">
          <TextField source="recipient" emptyText="—" />
        </Labeled>
        <Labeled source="agendaItemTitle">
          <TextField source="agendaItemTitle" emptyText="—" />
        </Labeled>
      </Stack>
      <Labeled label="Due">
        <Due />
      </Labeled>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Labeled source="status">
          <SelectField source="status" choices={STATUS_CHOICES} />
        </Labeled>
        <Labeled source="statusReason">
          <TextField source="statusReason" emptyText="—" />
        </Labeled>
        <Labeled source="responsibleOffice">
          <InPlaceText source="responsibleOffice" label="Responsible office" />
        </Labeled>
        <Labeled source="focalPoint">
          <InPlaceText source="focalPoint" label="Focal point" />
        </Labeled>
        <Labeled source="reviewState">
          <SelectField source="reviewState" choices={REVIEW_CHOICES} />
        </Labeled>
      </Stack>
      <OfficeSuggestion />
      <StatusActions />
      <Section title="Documents">
        <LinkedDocuments />
      </Section>
      <Section title="Notes">
        <NotesPanel />
      </Section>
      <Section title="History">
        <HistoryPanel />
      </Section>
    </SimpleShowLayout>
  </Show>
);
