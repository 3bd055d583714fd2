import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Environment } from '../config/environment';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import type { User } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { Principal } from './principal';
import { hashSecret } from './secrets';
import { SESSION_COOKIE } from './session-cookie';

/** Last-seen and last-used times are written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

const BEARER = /^Bearer\s+(\S+)$/i;

function principalOf(user: User, extra: Pick<Principal, 'method' | 'sessionId' | 'tokenId'>): Principal {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    offices: user.offices,
    mustChangePassword: user.mustChangePassword,
    ...extra,
  };
}

/** Who a request comes from: a Bearer token, or the session cookie; the user's role is read afresh every time. */
@Injectable()
export class AuthenticationService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly environment: Environment,
  ) {}

  /** undefined: anonymous. A Bearer token that is not valid is refused outright rather than ignored. */
  async authenticate(request: FastifyRequest): Promise<Principal | undefined> {
    const authorization = request.headers.authorization;
    if (authorization) {
      const token = BEARER.exec(authorization)?.[1];
      if (!token) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <token>"');
      const principal = await this.byToken(token);
      if (!principal) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The API token is unknown, expired or revoked');
      return principal;
    }
    const secret = request.cookies?.[SESSION_COOKIE];
    return secret ? this.bySession(secret) : undefined;
  }

  private async byToken(token: string): Promise<Principal | undefined> {
    const record = await this.prisma.apiToken.findUnique({ where: { tokenHash: hashSecret(token) }, include: { user: true } });
    const now = new Date();
    if (!record || record.revokedAt || record.expiresAt <= now || !record.user.active) return undefined;
    if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.prisma.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: now } });
    }
    return principalOf(record.user, { method: 'token', sessionId: null, tokenId: record.id });
  }

  private async bySession(secret: string): Promise<Principal | undefined> {
    const id = hashSecret(secret);
    const session = await this.prisma.signInSession.findUnique({ where: { id }, include: { user: true } });
    const now = new Date();
    if (!session || session.revokedAt || session.expiresAt <= now || !session.user.active) return undefined;
    const idleSince = now.getTime() - session.lastSeenAt.getTime();
    if (idleSince > this.environment.SESSION_IDLE_MINUTES * 60_000) return undefined;
    if (idleSince > TOUCH_INTERVAL_MS) await this.prisma.signInSession.update({ where: { id }, data: { lastSeenAt: now } });
    return principalOf(session.user, { method: session.method === 'sso' ? 'sso' : 'password', sessionId: id, tokenId: null });
  }
}
