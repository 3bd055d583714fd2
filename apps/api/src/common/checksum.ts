import { createHash } from 'node:crypto';

/**
 * SHA-256 of a text in hex: how a resolution's source text is fingerprinted for idempotent imports, and how
 * Prisma checksums a migration file, so the migrator records checksums Prisma's own CLI accepts.
 */
export function checksumOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
