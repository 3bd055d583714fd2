import { minValue, NumberInput, required, SelectInput } from 'react-admin';
import { BODY_CHOICES } from '../enumChoices';
import { DayInput } from '../DayInput';

/** The API refuses a closing before the opening too; checking here names the field before a round trip. */
const closesOnOrAfterOpening = (value: string | null, values: { opensOn?: string }) =>
  value && values.opensOn && value < values.opensOn ? 'resources.sessions.validation.closesBeforeOpening' : undefined;

/** Shared by create and edit so the two forms cannot drift apart. */
export const SessionInputs = () => (
  <>
    <SelectInput source="body" choices={BODY_CHOICES} validate={required()} />
    <NumberInput source="number" min={1} validate={[required(), minValue(1)]} />
    <DayInput source="opensOn" validate={required()} />
    <DayInput source="closesOn" validate={closesOnOrAfterOpening} helperText="resources.sessions.helpers.closesOn" />
  </>
);
