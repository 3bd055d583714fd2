import { createHash } from 'node:crypto';
import type { AuditChainBreak } from '@mandate-tracker/contracts';

/** One event as the chain hashes it: every field as PostgreSQL prints it (see the migration 20261130020000). */
export interface ChainLink {
  chainPosition: string;
  id: string;
  /** UTC, milliseconds: 2026-11-30T09:15:02.123Z */
  occurredAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  /** jsonb as PostgreSQL prints it, or null. */
  before: string | null;
  after: string | null;
  actorUserId: string | null;
  actorTokenId: string | null;
  requestId: string | null;
  /** As stored. */
  hash: string;
}

/** What the first event chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** Length in UTF-8 bytes, a colon, the text; '-' for null: no two different events give the same input. */
function field(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/**
 * The event's hash given the hash before it, computed here independently of the database's own function
 * audit_event_chain_hash, so a replaced function or a rewritten row cannot vouch for itself.
 */
export function chainHash(previousHash: string, link: Omit<ChainLink, 'hash'>): string {
  const content = [
    link.chainPosition,
    link.id,
    link.occurredAt,
    link.actor,
    link.action,
    link.entityType,
    link.entityId,
    link.before,
    link.after,
    link.actorUserId,
    link.actorTokenId,
    link.requestId,
  ]
    .map(field)
    .join('');
  return createHash('sha256').update(`mandate-tracker audit chain v1\n${previousHash}\n${content}`, 'utf8').digest('hex');
}

/** Walks the chain in position order and stops at the first event that does not check out. */
export class ChainWalk {
  private expectedPosition = 1n;
  private previousHash = GENESIS_HASH;
  events = 0;
  firstBroken: AuditChainBreak | null = null;
  last: ChainLink | null = null;

  /** False once broken: the rest of the chain proves nothing. */
  step(link: ChainLink): boolean {
    if (this.firstBroken) return false;
    this.events += 1;
    const position = BigInt(link.chainPosition);
    if (position !== this.expectedPosition) {
      return this.broken(
        link,
        position > this.expectedPosition
          ? `the events at chain positions ${this.expectedPosition} to ${position - 1n} are missing before it`
          : `its chain position repeats or goes back (expected ${this.expectedPosition})`,
      );
    }
    if (chainHash(this.previousHash, link) !== link.hash) {
      return this.broken(link, 'its stored hash does not match its content and the hash of the event before it: it was changed');
    }
    this.previousHash = link.hash;
    this.expectedPosition += 1n;
    this.last = link;
    return true;
  }

  private broken(link: ChainLink, reason: string): false {
    this.firstBroken = { eventId: link.id, chainPosition: link.chainPosition, reason };
    return false;
  }
}
