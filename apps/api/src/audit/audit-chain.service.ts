import { Injectable } from '@nestjs/common';
import type { AuditChainReport } from '@mandate-tracker/contracts';
import { ChainWalk } from './audit-chain';
import { AuditChainRepository } from './audit-chain.repository';

const BATCH = 5000;

/** Recomputes the audit trail's hash chain from its first event: `npm run audit:verify` and GET /api/audit/verify. */
@Injectable()
export class AuditChainService {
  constructor(private readonly links: AuditChainRepository) {}

  async verify(): Promise<AuditChainReport> {
    const head = await this.links.headPosition();
    const walk = new ChainWalk();
    let after = 0n;
    while (after < head) {
      const batch = await this.links.linksAfter(after, head, BATCH);
      if (batch.length === 0) break;
      if (!batch.every((link) => walk.step(link))) break;
      after = BigInt(batch[batch.length - 1]!.chainPosition);
    }
    const last = walk.last;
    return {
      intact: walk.firstBroken === null,
      events: walk.events,
      head: walk.firstBroken === null && last ? { chainPosition: last.chainPosition, hash: last.hash } : null,
      firstBroken: walk.firstBroken,
    };
  }
}
