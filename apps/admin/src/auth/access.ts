import { COMMENTERS, EDITORS, READERS, roleMay, type Role } from '@mandate-tracker/contracts';

const WRITES = new Set(['create', 'edit', 'delete']);

/** Who may change each resource, mirroring the API's route policies; everyone signed in reads everything. */
const WRITERS: Record<string, readonly Role[]> = {
  resolutions: EDITORS,
  obligations: EDITORS,
  documents: EDITORS,
  /** Obligation document links: record, confirm, reject. */
  'obligation-documents': EDITORS,
  import: EDITORS,
  'obligation-notes': COMMENTERS,
  /** Calendar subscriptions: officers keep their own. */
  'calendar-feeds': COMMENTERS,
  sessions: [],
  users: [],
  offices: [],
  'office-suggestion-rules': [],
};

/** Administrators only, even to read. */
// Offices are read by everyone through the API (the picker); their screens are the administrator's.
const ADMINISTRATION = new Set(['users', 'offices', 'office-suggestion-rules']);

/**
 * react-admin's access control: hides menu entries, buttons and pages a role cannot use. The API refuses the same
 * calls anyway; this only spares users buttons that would answer 403.
 */
export function roleCanAccess(role: Role, resource: string, action: string): boolean {
  if (ADMINISTRATION.has(resource)) return role === 'ADMINISTRATOR';
  if (!WRITES.has(action)) return roleMay(role, READERS);
  return roleMay(role, WRITERS[resource] ?? []);
}
