import { AutocompleteInput, type AutocompleteInputProps } from 'react-admin';
import { officeMatches, officeText, useOfficeChoices } from './useOfficeChoices';

/**
 * The responsible office, chosen from the managed list (never free text). Obligations store the office's label
 * (ADR 0008), so that is the value; the options show abbreviation and name and are found by any alias.
 */
export const OfficeInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const { offices, isPending } = useOfficeChoices();
  return (
    <AutocompleteInput
      source="responsibleOffice"
      choices={offices}
      optionValue="label"
      optionText={officeText}
      matchSuggestion={officeMatches}
      isPending={isPending}
      emptyText="—"
      parse={(value: string | null | undefined) => value || null}
      {...props}
    />
  );
};
