/** Who may do what: the API enforces these, the admin hides what a role cannot do. */
export const ROLES = ['ADMINISTRATOR', 'SECRETARIAT_EDITOR', 'COMMITTEE_OFFICER', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMINISTRATOR: 'Administrator',
  SECRETARIAT_EDITOR: 'Secretariat editor',
  COMMITTEE_OFFICER: 'Committee officer',
  AUDITOR: 'Auditor',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The groups route policies are written with. The administrator may do everything and passes every policy, so
 * the groups name the other roles only.
 */
export const READERS: readonly Role[] = ['SECRETARIAT_EDITOR', 'COMMITTEE_OFFICER', 'AUDITOR'];
/** Import, edit resolutions, obligations, documents and links. */
export const EDITORS: readonly Role[] = ['SECRETARIAT_EDITOR'];
/** Notes and comments on obligations. */
export const COMMENTERS: readonly Role[] = ['SECRETARIAT_EDITOR', 'COMMITTEE_OFFICER'];

/** Check the audit trail's hash chain (GET /api/audit/verify). */
export const AUDITORS: readonly Role[] = ['AUDITOR'];

/** What the admin asks before showing a button: the same rule the API applies. */
export function roleMay(role: Role, allowed: readonly Role[]): boolean {
  return role === 'ADMINISTRATOR' || allowed.includes(role);
}
