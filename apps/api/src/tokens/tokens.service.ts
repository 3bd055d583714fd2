import { Injectable } from '@nestjs/common';
import type { ApiTokenView, CreatedApiTokenView } from '@mandate-tracker/contracts';
import { AuditService } from '../audit/audit.service';
import { hashSecret, newSecret } from '../auth/secrets';
import { AppError } from '../common/errors/app-error';
import { PrismaService } from '../prisma/prisma.service';
import { toApiTokenView } from './token.view';

export const DEFAULT_TOKEN_DAYS = 90;
/** Recognisable in logs, configuration files and secret scanners. */
const TOKEN_PREFIX = 'mt_';

/**
 * API tokens act for their owner with the owner's current role (never more), until they expire, are revoked, or
 * the owner is deactivated. Only the SHA-256 of a token is kept; the token is shown once.
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async list(userId: number): Promise<ApiTokenView[]> {
    const tokens = await this.prisma.apiToken.findMany({ where: { userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    return tokens.map(toApiTokenView);
  }

  async create(userId: number, name: string, days: number | undefined, actor: string): Promise<CreatedApiTokenView> {
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const expiresAt = new Date(Date.now() + (days ?? DEFAULT_TOKEN_DAYS) * 86_400_000);
    return this.prisma.$transaction(async (tx) => {
      const record = await tx.apiToken.create({
        data: { userId, name: name.trim(), tokenHash: hashSecret(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6), expiresAt },
      });
      const view = toApiTokenView(record);
      await this.audit.record(tx, { actor, action: 'CREATE', entityType: 'ApiToken', entityId: record.id, after: { ...view, userId } });
      return { ...view, token };
    });
  }

  /** Owners revoke their own tokens; administrators may revoke anyone's (ownerId null). */
  async revoke(id: number, ownerId: number | null, actor: string): Promise<ApiTokenView> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.apiToken.findUnique({ where: { id } });
      if (!current || (ownerId !== null && current.userId !== ownerId)) throw AppError.notFound('ApiToken', id);
      if (current.revokedAt) return toApiTokenView(current);
      const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
      await this.audit.record(tx, {
        actor,
        action: 'UPDATE',
        entityType: 'ApiToken',
        entityId: id,
        before: { ...toApiTokenView(current), userId: current.userId },
        after: { ...toApiTokenView(revoked), userId: current.userId },
      });
      return toApiTokenView(revoked);
    });
  }
}
