import { Box, Chip, Divider, Stack, Typography } from '@mui/material';
import { EditButton, FunctionField, Labeled, Link, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { KIND_CHOICES, REVIEW_CHOICES, STATUS_CHOICES, STRENGTH_CHOICES } from './choices';
import { ClauseInParagraph } from './ClauseInParagraph';
import { HistoryPanel } from './HistoryPanel';
import { LinkedDocuments } from './LinkedDocuments';
import { NotesPanel } from './NotesPanel';
import { StatusActions } from './StatusActions';
import type { ObligationRecord } from './types';

const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "58th session (opens 16 September 2003, closes 13 September 2004)", or the date itself. */
const Due = () => {
  const record = useRecordContext<ObligationRecord>();
  if (!record) return null;
  const parts: string[] = [];
  if (record.dueSession !== null) {
    const dates = record.dueSessionDates;
    parts.push(`session ${record.dueSession}${dates ? ` (opens ${longDate(dates.opensOn)}${dates.closesOn ? `, closes ${longDate(dates.closesOn)}` : ''})` : ''}`);
  }
  if (record.dueDate) parts.push(`by ${longDate(record.dueDate)}`);
  if (record.recurrence) parts.push(record.recurrence);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">{parts.join('; ') || 'no due session or date'}</Typography>
      {record.overdue && <Chip size="small" color="error" label="overdue" />}
      {record.dueNow && <Chip size="small" color="warning" label="due this session" />}
    </Stack>
  );
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box sx={{ width: '100%' }}>
    <Divider sx={{ my: 1 }} />
    <Typography variant="h6" component="h2" gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);

export const ObligationShow = () => (
  <Show actions={<TopToolbar><EditButton /></TopToolbar>}>
    <SimpleShowLayout>
      <FunctionField<ObligationRecord>
        label="Mandate"
        render={(o) => (
          <Link to={`/resolutions/${o.resolution.id}/show`}>
            {o.resolution.symbol}, para. {o.paragraphRef} — {o.resolution.title}
          </Link>
        )}
      />
      <ClauseInParagraph />
      <Stack direction="row" spacing={4}>
        <SelectField source="kind" choices={KIND_CHOICES} />
        <SelectField source="strength" choices={STRENGTH_CHOICES} />
        <TextField source="actor" />
        <TextField source="recipient" emptyText="—" />
        <TextField source="agendaItemTitle" emptyText="—" />
      </Stack>
      <Labeled label="Due">
        <Due />
      </Labeled>
      <Stack direction="row" spacing={4}>
        <SelectField source="status" choices={STATUS_CHOICES} />
        <TextField source="statusReason" emptyText="—" />
        <TextField source="responsibleOffice" emptyText="—" />
        <TextField source="focalPoint" emptyText="—" />
        <SelectField source="reviewState" choices={REVIEW_CHOICES} />
      </Stack>
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
