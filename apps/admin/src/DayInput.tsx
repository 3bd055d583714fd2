import type { SxProps, Theme } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, useResourceContext, useTranslateLabel, type InputProps, type Validator } from 'react-admin';
import { DAY_PROBLEM } from './dates';
import { DayTextField } from './DayTextField';

/** What the box hands the form when the typed text is no day: the text itself, which the form must refuse. */
const isDayOrNothing: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
    ? undefined
    : DAY_PROBLEM;

/** react-admin's date input for the admin's one way of writing days; see DayTextField for what it reads. */
export const DayInput = ({
  validate,
  label,
  helperText,
  source,
  className,
  sx,
  ...props
}: InputProps & { max?: string; className?: string; sx?: SxProps<Theme> }) => {
  const resource = useResourceContext(props);
  const translateLabel = useTranslateLabel();
  const rules = [isDayOrNothing, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { field, fieldState, isRequired } = useInput({
    ...props,
    source,
    validate: rules,
    format: (v: unknown) => v,
    parse: (v: unknown) => v,
  });
  const error = fieldState.invalid && (fieldState.isTouched || fieldState.isDirty) ? fieldState.error?.message : undefined;
  const words = translateLabel({ label, source, resource });
  return (
    <DayTextField
      id={field.name}
      name={field.name}
      className={className}
      label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      accessibleLabel={typeof words === 'string' ? words : source}
      value={field.value as string | null | undefined}
      onChange={field.onChange}
      onBlur={field.onBlur}
      max={props.max}
      size="small"
      error={error ? <InputHelperText error={error} /> : undefined}
      helperText={helperText ? <InputHelperText helperText={helperText} /> : undefined}
      sx={sx}
    />
  );
};
