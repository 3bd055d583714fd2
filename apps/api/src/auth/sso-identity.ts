import { normaliseEmail } from './sign-in.service';

/** The person the identity provider vouches for, from the ID token's claims merged with its UserInfo answer. */
export interface SsoIdentity {
  subject: string;
  email: string | undefined;
  /** false only when the provider says so; providers such as Entra ID send no such claim. */
  emailVerified: boolean | undefined;
  displayName: string;
  /** The values of the configured groups/roles claim (a list, or a single string). */
  groups: string[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function identityOf(claims: Record<string, unknown>, roleClaim: string): SsoIdentity {
  const subject = text(claims.sub);
  if (!subject) throw new Error('the ID token has no subject');
  const email = text(claims.email) ?? (text(claims.preferred_username)?.includes('@') ? text(claims.preferred_username) : undefined);
  const raw = claims[roleClaim];
  const groups = Array.isArray(raw)
    ? raw.filter((value): value is string => typeof value === 'string')
    : typeof raw === 'string'
      ? [raw]
      : [];
  return {
    subject,
    email: email ? normaliseEmail(email) : undefined,
    emailVerified: typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined,
    displayName: (text(claims.name) ?? email ?? subject).slice(0, 200),
    groups,
  };
}
