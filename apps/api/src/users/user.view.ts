import type { UserView } from '@mandate-tracker/contracts';
import type { User } from '../generated/prisma/client';

/** What administrators see of a user: never the password hash, nor the SSO subject. */
export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    offices: user.offices,
    active: user.active,
    hasPassword: user.passwordHash !== null,
    sso: user.oidcSubject !== null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}
