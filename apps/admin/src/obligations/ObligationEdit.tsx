import { Edit, NumberInput, SelectInput, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import { OfficeInput } from '../offices/OfficeInput';
import { useStaleVersionHandler } from '../providers/useStaleVersionHandler';
import { ClauseInParagraph } from './ClauseInParagraph';
import { BODY_CHOICES, KIND_CHOICES, REVIEW_CHOICES, STATUS_CHOICES, STRENGTH_CHOICES } from '../enumChoices';
import type { ObligationView } from '@mandate-tracker/contracts';
import { DayInput } from '../DayInput';

/** The current status plus the ones the workflow allows next. */
const StatusInput = () => {
  const record = useRecordContext<ObligationView>();
  const allowed = new Set([record?.status, ...(record?.allowedStatuses ?? [])]);
  return <SelectInput source="status" choices={STATUS_CHOICES.filter((choice) => allowed.has(choice.id))} validate={required()} />;
};

// Pessimistic: a stale version must be seen before the user leaves the form (see useStaleVersionHandler).
export const ObligationEdit = () => {
  const onError = useStaleVersionHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <SimpleForm>
        {/* The clause being corrected, in its paragraph: corrections are read against it. */}
        <ClauseInParagraph />
        <StatusInput />
        <TextInput source="statusReason" fullWidth />
        <OfficeInput />
        <TextInput source="focalPoint" />
        <SelectInput source="reviewState" choices={REVIEW_CHOICES} validate={required()} />
        <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} />
        <SelectInput source="strength" choices={STRENGTH_CHOICES} validate={required()} />
        <TextInput source="actor" validate={required()} />
        <TextInput source="recipient" />
        <SelectInput source="dueBody" choices={BODY_CHOICES} />
        <NumberInput source="dueSession" min={1} />
        <DayInput source="dueDate" />
        <TextInput source="recurrence" />
        <TextInput source="agendaItemTitle" fullWidth />
      </SimpleForm>
    </Edit>
  );
};
