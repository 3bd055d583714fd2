import { Client } from 'pg';

/** The role the API connects as, and the password it signs in with. */
export interface ApplicationRole {
  user: string;
  password: string;
}

export class ApplicationRoleError extends Error {}

/** Serialises the grants of processes starting together on one database (GRANT on a table two sessions change at once fails). */
const GRANT_LOCK_KEY = 72707370;

/**
 * What the API may do, granted afresh at every start so that tables added by later migrations are covered and
 * anything granted by hand beyond it is taken back. The audit trail is append-only for the role (INSERT and SELECT);
 * no table is granted TRUNCATE, REFERENCES or TRIGGER; the role owns nothing, so it cannot ALTER or DROP a table or
 * disable its triggers, and as a plain role it cannot set session_replication_role.
 */
function grantsFor(role: string): string[] {
  return [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    // PostgreSQL before 15 let every role create objects in public (a trigger function there could shadow ours).
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `REVOKE UPDATE, DELETE ON "audit_event" FROM ${role}`,
    // /api/health reads which migrations are applied; only the migrator writes them.
    `REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${role}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
  ];
}

/** The same server and database, signed in as the application role. */
export function applicationUrl(ownerUrl: string, role: ApplicationRole): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role.user);
  url.password = encodeURIComponent(role.password);
  return url.toString();
}

async function signsIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** CREATE ROLE has no IF NOT EXISTS; two processes may both find it missing. */
async function createRole(owner: Client, role: ApplicationRole): Promise<void> {
  const found = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.user]);
  if (found.rowCount !== 0) return;
  const statement = `CREATE ROLE ${owner.escapeIdentifier(role.user)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${owner.escapeLiteral(role.password)}`;
  await owner.query(statement).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code !== '42710' && code !== '23505') throw error; // duplicate_object / unique_violation: made meanwhile
  });
}

/** Refuses a role that could undo what the grants restrict: a superuser, a role-maker, or a member of the tables' owner. */
async function assertLeastPrivilege(owner: Client, user: string, stage: 'before grants' | 'after grants'): Promise<void> {
  const { rows } = await owner.query<{ powerful: boolean; owns: boolean; creates: boolean }>(
    `SELECT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls) AS powerful,
            EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND pg_has_role(r.oid, t.tableowner, 'MEMBER')) AS owns,
            has_schema_privilege(r.oid, 'public', 'CREATE') AS creates
       FROM pg_roles r WHERE r.rolname = $1`,
    [user],
  );
  const facts = rows[0];
  if (!facts) throw new ApplicationRoleError(`The application role ${user} does not exist and could not be created`);
  const problems = [
    facts.powerful ? 'it is a superuser or may create roles or databases, replicate or bypass row security' : undefined,
    facts.owns ? "it owns the tables, or is a member of their owner's role" : undefined,
    facts.creates && stage === 'after grants' ? 'it may create objects in the schema public' : undefined,
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    throw new ApplicationRoleError(
      `The API will not connect as ${user}: ${problems.join('; ')}. Set DATABASE_APP_USER to a role of its own (it is created if missing), not the owner of the database.`,
    );
  }
}

/**
 * Run as the owner after the migrations: makes sure the application role exists, signs in with its password and
 * has exactly the API's privileges. Returns the connection string the API uses.
 */
export async function grantApplicationRole(ownerUrl: string, role: ApplicationRole): Promise<string> {
  const appUrl = applicationUrl(ownerUrl, role);
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await createRole(owner, role);
    // Before its password is touched: DATABASE_APP_USER naming the owner must not change the owner's password.
    await assertLeastPrivilege(owner, role.user, 'before grants');
    // Only when needed: a second process (a CLI next to the running API) must not change a password in use.
    if (!(await signsIn(appUrl))) {
      await owner.query(`ALTER ROLE ${owner.escapeIdentifier(role.user)} LOGIN PASSWORD ${owner.escapeLiteral(role.password)}`);
    }
    const identifier = owner.escapeIdentifier(role.user);
    await owner.query('BEGIN');
    try {
      await owner.query('SELECT pg_advisory_xact_lock($1)', [GRANT_LOCK_KEY]);
      for (const statement of grantsFor(identifier)) await owner.query(statement);
      await owner.query('COMMIT');
    } catch (error) {
      await owner.query('ROLLBACK');
      throw error;
    }
    await assertLeastPrivilege(owner, role.user, 'after grants');
    return appUrl;
  } finally {
    await owner.end();
  }
}
