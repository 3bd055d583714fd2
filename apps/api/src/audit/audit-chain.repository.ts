import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import type { ChainLink } from './audit-chain';

interface LinkRow {
  chain_position: string;
  id: string;
  occurred_at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  actor_user_id: string | null;
  actor_token_id: string | null;
  request_id: string | null;
  hash: string;
}

/** The audit trail in chain order, every field printed by PostgreSQL exactly as its chain function prints it. */
@Injectable()
export class AuditChainRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The last position when the check starts: events appended meanwhile are left to the next check. */
  async headPosition(): Promise<bigint> {
    const [row] = await this.prisma.$queryRaw<{ head: bigint | null }[]>`SELECT max(chain_position) AS head FROM audit_event`;
    return row?.head ?? 0n;
  }

  async linksAfter(position: bigint, upTo: bigint, limit: number): Promise<ChainLink[]> {
    const rows = await this.prisma.$queryRaw<LinkRow[]>`
      SELECT chain_position::text AS chain_position, id::text AS id,
             to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
             actor, action::text AS action, entity_type, entity_id, before::text AS before, after::text AS after,
             actor_user_id::text AS actor_user_id, actor_token_id::text AS actor_token_id, request_id, hash
        FROM audit_event
       WHERE chain_position > ${position} AND chain_position <= ${upTo}
       ORDER BY audit_event.chain_position
       LIMIT ${limit}`;
    return rows.map((row) => ({
      chainPosition: row.chain_position,
      id: row.id,
      occurredAt: row.occurred_at,
      actor: row.actor,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: row.before,
      after: row.after,
      actorUserId: row.actor_user_id,
      actorTokenId: row.actor_token_id,
      requestId: row.request_id,
      hash: row.hash,
    }));
  }
}
