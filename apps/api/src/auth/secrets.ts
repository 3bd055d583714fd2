import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies, API tokens, generated passwords. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Secrets with 256 bits of entropy need no slow hash: SHA-256 makes the stored value useless to whoever reads
 * the table, and lets the lookup be one indexed equality.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
