import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The passwords of an embedded server: its superuser's (migrations) and the application role's (everything else). */
export interface EmbeddedCredentials {
  superuserPassword: string;
  applicationPassword: string;
}

/**
 * Beside the server's data folder (initdb wants that one empty), in DATA_DIR. Only our own process reads it:
 * whoever can read it can rewrite the audit trail, so it is as private as the data itself.
 */
export function credentialsFileOf(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}-credentials.json`);
}

/** Hex: safe in a connection string without escaping. */
const newPassword = (): string => randomBytes(24).toString('hex');

export function readEmbeddedCredentials(dataDir: string): EmbeddedCredentials | undefined {
  const file = credentialsFileOf(dataDir);
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<EmbeddedCredentials>;
  if (typeof parsed.superuserPassword !== 'string' || typeof parsed.applicationPassword !== 'string') {
    throw new Error(`${file} does not hold the embedded database's passwords; restore it from a backup of DATA_DIR`);
  }
  return { superuserPassword: parsed.superuserPassword, applicationPassword: parsed.applicationPassword };
}

/** New passwords, written (mode 0600) before anything uses them, so a crash cannot leave a server nobody can enter. */
export function createEmbeddedCredentials(dataDir: string): EmbeddedCredentials {
  const credentials: EmbeddedCredentials = { superuserPassword: newPassword(), applicationPassword: newPassword() };
  const file = credentialsFileOf(dataDir);
  // A DATA_DIR named for a first start (a restore into a new machine, say) need not exist yet.
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  // The mode given to writeFileSync is reduced by the umask; 0600 is what we mean whatever the umask.
  chmodSync(file, 0o600);
  return credentials;
}
