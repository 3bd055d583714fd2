import type { Role } from './roles.js';

/** Local passwords are at least this long; length beats composition rules. */
export const PASSWORD_MIN_LENGTH = 12;

export type SignInMethod = 'password' | 'sso' | 'token';

/** GET /api/auth/me: who is signed in. */
export interface CurrentUserView {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  /** A secretariat editor limited to these responsible offices; empty: every office. */
  offices: string[];
  method: SignInMethod;
  /** Signed in with a one-time password: the admin asks for a new one first. */
  mustChangePassword: boolean;
}

/** GET /api/auth/options: what the sign-in page offers. */
export interface SignInOptionsView {
  password: boolean;
  sso: { enabled: boolean; label: string };
}

export interface SignInRequest {
  email: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** A user as administrators see them (GET /api/users). */
export interface UserView {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  offices: string[];
  active: boolean;
  hasPassword: boolean;
  sso: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  version: number;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  role: Role;
  offices?: string[];
  /** Unset: the user signs in through single sign-on only, or gets a password by reset. */
  password?: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  offices?: string[];
  active?: boolean;
  version: number;
}

/** POST /api/users/:id/password: an administrator sets a password the user must change at next sign-in. */
export interface ResetPasswordRequest {
  password: string;
}

/** An API token as its owner sees it (GET /api/tokens); the secret itself is shown once, on creation. */
export interface ApiTokenView {
  id: number;
  name: string;
  /** The token's first characters, to recognise it. */
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiTokenView extends ApiTokenView {
  /** Shown once: only its hash is kept. */
  token: string;
}

export interface CreateApiTokenRequest {
  name: string;
  /** Days until it expires (1 to 366); 90 when unset. */
  days?: number;
}
