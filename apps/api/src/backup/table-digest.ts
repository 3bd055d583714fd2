import { createHash } from 'node:crypto';

/** SHA-256, length and rows of a table's COPY text as it passes: one row per newline (COPY escapes those inside values). */
export class TableDigest {
  private readonly hash = createHash('sha256');
  bytes = 0;
  rows = 0;

  add(chunk: Buffer): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) this.rows += 1;
  }

  sha256(): string {
    return this.hash.digest('hex');
  }
}
