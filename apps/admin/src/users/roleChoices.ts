import { ROLES, ROLE_LABELS } from '@mandate-tracker/contracts';

export const roleChoices = ROLES.map((role) => ({ id: role, name: ROLE_LABELS[role] }));
