import { ROLES, ROLE_LABELS } from '@mandate-tracker/contracts';

export const roleChoices = ROLES.map((role) => ({ id: role, name: ROLE_LABELS[role] }));

/** Offices are typed as "UNMAS, OCHA" and travel as a list. */
export const officesFormat = (offices: string[] | undefined): string => (offices ?? []).join(', ');
export const officesParse = (text: string): string[] =>
  text
    .split(',')
    .map((office) => office.trim())
    .filter(Boolean);
