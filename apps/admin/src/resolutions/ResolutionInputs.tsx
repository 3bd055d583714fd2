import { NumberInput, required, SelectInput, TextInput } from 'react-admin';
import { BODY_CHOICES, MAIN_COMMITTEE_CHOICES, SOURCE_FORMAT_CHOICES } from '../enumChoices';
import { DayInput } from '../DayInput';

/** Shared by create and edit so the two forms cannot drift apart. */
export const ResolutionInputs = () => (
  <>
    <TextInput source="symbol" validate={required()} helperText="e.g. A/RES/78/70" />
    <TextInput source="title" validate={required()} fullWidth />
    <SelectInput source="body" choices={BODY_CHOICES} validate={required()} />
    <NumberInput source="sessionNumber" min={1} />
    <TextInput source="resolutionNumber" validate={required()} />
    <DayInput source="adoptedOn" />
    <TextInput source="meeting" />
    <TextInput source="committeeReport" helperText="e.g. A/78/417" />
    {/* Read from the text at import; corrected here when the "on the report of" line was missing or misread. */}
    <SelectInput
      source="mainCommittee"
      choices={MAIN_COMMITTEE_CHOICES}
      emptyText="Not stated"
      parse={(value: string) => (value === '' ? null : value)}
      helperText="Decides where the item is listed on the agenda"
    />
    <TextInput source="agendaItemNumber" />
    <SelectInput source="sourceFormat" choices={SOURCE_FORMAT_CHOICES} />
    <TextInput source="sourceText" multiline fullWidth minRows={6} />
  </>
);
