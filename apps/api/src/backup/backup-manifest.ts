/** What a backup file says about itself: its first line, as JSON. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The last migration applied to the database backed up: restored only into a database at the same one. */
  migration: string;
  generatedAt: string;
  /** The server's version (SHOW server_version), for whoever wonders where a file came from. */
  postgres: string;
  /** In the order they follow the manifest, which is the order they load in. */
  tables: BackedUpTable[];
}

export interface BackedUpTable {
  name: string;
  columns: string[];
  rows: number;
  /** Length of the table's COPY text in the file, uncompressed. */
  bytes: number;
  /** SHA-256 of that text, in hex. */
  sha256: string;
}

export const BACKUP_FORMAT = 'mandate-tracker-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Far beyond any manifest of ours: a file whose first line is longer is not one of our backups. */
export const MANIFEST_LIMIT = 1024 * 1024;

/** A manifest as read from a file: shape checked, so a foreign or damaged first line is refused by name. */
export function parseManifest(line: string, file: string): BackupManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error(`${file} is not a backup of the tracker: its first line is not a manifest`);
  }
  const manifest = parsed as Partial<BackupManifest>;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${file} is not a backup of the tracker (no "${BACKUP_FORMAT}" manifest)`);
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new Error(
      `${file} is a backup of format version ${String(manifest.formatVersion)}; this version of the tracker reads version ${BACKUP_FORMAT_VERSION}`,
    );
  }
  const tablesValid =
    Array.isArray(manifest.tables) &&
    manifest.tables.every(
      (table) =>
        typeof table?.name === 'string' &&
        Array.isArray(table.columns) &&
        table.columns.every((column) => typeof column === 'string') &&
        Number.isSafeInteger(table.rows) &&
        Number.isSafeInteger(table.bytes) &&
        table.bytes >= 0 &&
        typeof table.sha256 === 'string',
    );
  if (typeof manifest.migration !== 'string' || typeof manifest.generatedAt !== 'string' || !tablesValid) {
    throw new Error(`${file} is damaged: its manifest lacks the migration, the date or the tables' sizes and hashes`);
  }
  return manifest as BackupManifest;
}
