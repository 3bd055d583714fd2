import { Injectable } from '@nestjs/common';
import type { CurrentUserView } from '@mandate-tracker/contracts';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import { Environment } from '../config/environment';
import type { Prisma, User } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords';
import type { Principal } from './principal';
import { hashSecret, newSecret } from './secrets';

/** Failures allowed before each further one blocks the account, for 2 s, then 4 s, 8 s… up to 15 minutes. */
const FREE_FAILURES = 3;
const MAX_BLOCK_SECONDS = 15 * 60;

export interface OpenedSession {
  secret: string;
  maxAgeSeconds: number;
  user: CurrentUserView;
}

export function currentUserView(user: User, method: CurrentUserView['method']): CurrentUserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    offices: user.offices,
    method,
    mustChangePassword: user.mustChangePassword,
  };
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** Local sign-in with growing delays on failures, browser sessions in PostgreSQL, sign-out; all audited. */
@Injectable()
export class SignInService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly environment: Environment,
  ) {}

  async signInWithPassword(email: string, password: string, address: string, requestId: string): Promise<OpenedSession> {
    const user = await this.prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
    const now = new Date();
    if (user?.signInBlockedUntil && user.signInBlockedUntil > now) {
      const seconds = Math.ceil((user.signInBlockedUntil.getTime() - now.getTime()) / 1000);
      throw new AppError(ErrorCode.TOO_MANY_REQUESTS, `Too many failed sign-ins for this account: try again in ${seconds} s`, {
        retryAfterSeconds: seconds,
      });
    }
    // An unknown or password-less account costs the same time, so answers do not tell which e-mails exist.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !user.passwordHash || !matches || !user.active) {
      await this.recordFailure(email, user, address, requestId, !user ? 'unknown e-mail' : !user.active ? 'deactivated' : 'wrong password');
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The e-mail or password is wrong, or the account is deactivated');
    }
    return this.open(user, 'password', address, requestId);
  }

  /** A session for a user whose identity is established (password checked, or returned by the SSO provider). */
  async open(user: User, method: 'password' | 'sso', address: string, requestId: string): Promise<OpenedSession> {
    const secret = newSecret();
    const maxAgeSeconds = this.environment.SESSION_MAX_HOURS * 3600;
    await this.prisma.transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, signInBlockedUntil: null, lastSignInAt: new Date() } });
      await tx.signInSession.create({
        data: { id: hashSecret(secret), userId: user.id, method, address, expiresAt: new Date(Date.now() + maxAgeSeconds * 1000) },
      });
      await this.audit.record(tx, {
        actor: user.displayName,
        action: 'SIGN_IN',
        entityType: 'User',
        entityId: user.id,
        after: { method, address },
        identity: { userId: user.id, tokenId: null, requestId },
      });
    });
    return { secret, maxAgeSeconds, user: currentUserView(user, method) };
  }

  async signOut(principal: Principal): Promise<void> {
    await this.prisma.transaction(async (tx) => {
      if (principal.sessionId) await tx.signInSession.update({ where: { id: principal.sessionId }, data: { revokedAt: new Date() } });
      await this.audit.record(tx, { actor: principal.displayName, action: 'SIGN_OUT', entityType: 'User', entityId: principal.userId });
    });
  }

  /** Changing one's password signs out every other browser: whoever knew the old one loses their session too. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const problem = passwordProblem(newPassword);
    if (problem) throw AppError.validation({ newPassword: `The new password ${problem}` });
    // A forced change that accepts the one-time password again would leave whoever saw it able to sign in.
    if (newPassword === currentPassword) throw AppError.validation({ newPassword: 'The new password must differ from the current one' });
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: principal.userId } });
    if (!user.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw AppError.validation({ currentPassword: 'The current password is wrong' });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.prisma.transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, version: { increment: 1 } } });
      await revokeSessions(tx, user.id, principal.sessionId);
      await this.audit.record(tx, {
        actor: principal.displayName,
        action: 'UPDATE',
        entityType: 'User',
        entityId: user.id,
        before: { password: 'changed', mustChangePassword: user.mustChangePassword },
        after: { password: 'changed', mustChangePassword: false },
      });
    });
  }

  private async recordFailure(email: string, user: User | null, address: string, requestId: string, reason: string): Promise<void> {
    await this.prisma.transaction(async (tx) => {
      if (user) {
        const failures = user.failedSignIns + 1;
        const blockSeconds = failures > FREE_FAILURES ? Math.min(2 ** (failures - FREE_FAILURES), MAX_BLOCK_SECONDS) : 0;
        await tx.user.update({
          where: { id: user.id },
          data: { failedSignIns: failures, signInBlockedUntil: blockSeconds ? new Date(Date.now() + blockSeconds * 1000) : null },
        });
      }
      await this.audit.record(tx, {
        actor: normaliseEmail(email).slice(0, 200) || 'unknown',
        action: 'SIGN_IN_FAILED',
        entityType: 'User',
        entityId: user?.id ?? normaliseEmail(email).slice(0, 200),
        after: { address, reason },
        identity: { userId: null, tokenId: null, requestId },
      });
    });
  }
}

/** Ends a user's browser sessions, but the one given (the browser that made the change). */
export async function revokeSessions(tx: Prisma.TransactionClient, userId: number, except: string | null = null): Promise<void> {
  await tx.signInSession.updateMany({
    where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) },
    data: { revokedAt: new Date() },
  });
}
