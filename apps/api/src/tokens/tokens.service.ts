import { Injectable } from '@nestjs/common';
import type { ApiTokenView, CreatedApiTokenView } from '@mandate-tracker/contracts';
import { createAudited } from '../audit/audited-change';
import { AuditService } from '../audit/audit.service';
import { hashSecret, newSecret } from '../auth/secrets';
import { AppError } from '../common/errors/app-error';
import type { ListFilter } from '../common/list/list-filter';
import type { ListPage } from '../common/list/list-page';
import type { ListRequest } from '../common/list/parse-list-query';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { toApiTokenView } from './token.view';

export const DEFAULT_TOKEN_DAYS = 90;
export const TOKEN_SORTABLE = ['createdAt', 'name', 'expiresAt', 'lastUsedAt', 'id'] as const;
type TokenSortField = (typeof TOKEN_SORTABLE)[number];
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

  async list(userId: number, request: ListRequest<ListFilter, TokenSortField>): Promise<ListPage<ApiTokenView>> {
    const where: Prisma.ApiTokenWhereInput = { userId, ...(request.filter.id ? { id: { in: request.filter.id } } : {}) };
    const [tokens, total] = await Promise.all([
      this.prisma.apiToken.findMany({
        where,
        orderBy: [{ [request.sort.field]: request.sort.direction }, { id: 'desc' }],
        skip: request.skip,
        take: request.take,
      }),
      this.prisma.apiToken.count({ where }),
    ]);
    return { records: tokens.map(toApiTokenView), total, skip: request.skip };
  }

  async create(userId: number, name: string, days: number | undefined, actor: string): Promise<CreatedApiTokenView> {
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const expiresAt = new Date(Date.now() + (days ?? DEFAULT_TOKEN_DAYS) * 86_400_000);
    return this.prisma.transaction(async (tx) => {
      const view = await createAudited({
        tx,
        audit: this.audit,
        actor,
        entity: 'ApiToken',
        create: () =>
          tx.apiToken.create({
            data: { userId, name: name.trim(), tokenHash: hashSecret(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6), expiresAt },
          }),
        view: toApiTokenView,
        // The trail says whose token it is; the view leaves the owner out (it is the caller's own).
        audited: (record) => ({ ...toApiTokenView(record), userId }),
      });
      return { ...view, token };
    });
  }

  /** Owners revoke their own tokens; administrators may revoke anyone's (ownerId null). */
  async revoke(id: number, ownerId: number | null, actor: string): Promise<ApiTokenView> {
    return this.prisma.transaction(async (tx) => {
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
