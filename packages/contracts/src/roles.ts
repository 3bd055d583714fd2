/** Who may do what: the API enforces these, the admin hides what a role cannot do. */
export const ROLES = ['ADMINISTRATOR', 'SECRETARIAT_EDITOR', 'COMMITTEE_OFFICER', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMINISTRATOR: 'Administrator',
  SECRETARIAT_EDITOR: 'Secretariat editor',
  COMMITTEE_OFFICER: 'Committee officer',
  AUDITOR: 'Auditor',
};
