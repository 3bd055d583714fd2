import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { BackupError } from './backup-error';
import { MANIFEST_LIMIT, parseManifest, type BackedUpTable, type BackupManifest } from './backup-manifest';
import { ByteSource } from './byte-source';
import { TableDigest } from './table-digest';

/** A table's text from the file, digested as it is read: `check()` afterwards says whether it was what the manifest says. */
export interface TableSection {
  table: BackedUpTable;
  chunks: AsyncIterable<Buffer>;
  check(): void;
}

function damaged(file: string, reason: string): BackupError {
  return new BackupError(`${file} is damaged (${reason}); nothing was restored`);
}

function checkDigest(file: string, table: BackedUpTable, digest: TableDigest): void {
  if (digest.sha256() !== table.sha256 || digest.rows !== table.rows) {
    throw damaged(file, `the rows of ${table.name} do not match the SHA-256 or the count the manifest gives them`);
  }
}

/**
 * Reads a backup file from the start: its manifest, then each table's section in turn. Every failure, from gzip's
 * own checks to a section that does not hash as the manifest says, is refused as a damaged file.
 */
export class BackupReader {
  private constructor(
    readonly file: string,
    readonly manifest: BackupManifest,
    private readonly source: ByteSource,
    /** Stops reading: a restore refused before its load leaves no file open. */
    readonly close: () => void,
  ) {}

  static async open(file: string): Promise<BackupReader> {
    const input = createReadStream(file);
    const gunzip = input.pipe(createGunzip());
    // pipe() does not pass the file's own errors on (a missing file): the reader must see them.
    input.on('error', (error) => gunzip.destroy(error));
    const close = () => {
      input.destroy();
      gunzip.destroy();
    };
    const source = new ByteSource(gunzip[Symbol.asyncIterator]());
    try {
      const line = await source.line(MANIFEST_LIMIT);
      if (line === undefined) throw new BackupError(`${file} is not a backup of the tracker, or is damaged: it has no manifest`);
      return new BackupReader(file, parseManifestOrRefuse(line, file), source, close);
    } catch (error) {
      close();
      throw fileError(file, error);
    }
  }

  async *tables(): AsyncGenerator<TableSection> {
    for (const table of this.manifest.tables) {
      const digest = new TableDigest();
      const file = this.file;
      const source = this.source;
      const chunks = (async function* () {
        try {
          for await (const chunk of source.take(table.bytes)) {
            digest.add(chunk);
            yield chunk;
          }
        } catch (error) {
          throw fileError(file, error, table.name);
        }
      })();
      yield { table, chunks, check: () => checkDigest(this.file, table, digest) };
    }
    let atEnd: boolean;
    try {
      atEnd = await this.source.atEnd();
    } catch (error) {
      throw fileError(this.file, error);
    }
    if (!atEnd) throw damaged(this.file, 'it goes on after the last table the manifest names');
  }
}

function parseManifestOrRefuse(line: string, file: string): BackupManifest {
  try {
    return parseManifest(line, file);
  } catch (error) {
    throw new BackupError((error as Error).message);
  }
}

/** gzip's and the file system's errors, said as what they mean for a backup. */
function fileError(file: string, error: unknown, table?: string): Error {
  if (error instanceof BackupError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new BackupError(`${file} does not exist`);
  if (code === 'EACCES') return new BackupError(`${file} cannot be read (permission denied)`);
  if (code === 'Z_DATA_ERROR' && /header/i.test((error as Error).message))
    return new BackupError(`${file} is not a backup of the tracker (not gzip)`);
  const where = table ? ` in the rows of ${table}` : '';
  return damaged(file, `${(error as Error).message}${where}`);
}

/** Reads the whole file and checks every table against the manifest, before anything touches a database. */
export async function verifyBackup(file: string): Promise<BackupManifest> {
  const reader = await BackupReader.open(file);
  try {
    for await (const section of reader.tables()) {
      for await (const chunk of section.chunks) void chunk;
      section.check();
    }
    return reader.manifest;
  } finally {
    reader.close();
  }
}
