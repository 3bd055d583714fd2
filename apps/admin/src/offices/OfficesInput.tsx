import { AutocompleteArrayInput, type AutocompleteArrayInputProps } from 'react-admin';
import { officeMatches, officeText, useOfficeChoices } from './useOfficeChoices';

/**
 * Several offices from the managed list (a Secretariat editor's offices), never typed: kept as the offices' labels,
 * as obligations keep theirs (ADR 0008).
 */
export const OfficesInput = (props: Omit<AutocompleteArrayInputProps, 'choices'>) => {
  const { offices, isPending } = useOfficeChoices();
  return (
    <AutocompleteArrayInput
      source="offices"
      choices={offices}
      optionValue="label"
      optionText={officeText}
      matchSuggestion={officeMatches}
      isPending={isPending}
      {...props}
    />
  );
};
