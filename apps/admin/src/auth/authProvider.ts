import { isRole, type CurrentUserView } from '@mandate-tracker/contracts';
import { HttpError, type AuthProvider } from 'react-admin';
import { roleCanAccess } from './access';

/** The signed-in user, read once per page load and after sign-in; the session cookie itself is HTTP-only. */
let current: Promise<CurrentUserView | null> | undefined;

async function fetchMe(): Promise<CurrentUserView | null> {
  const response = await fetch('/api/auth/me', { headers: { Accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`Could not check the sign-in (HTTP ${response.status})`);
  return (await response.json()) as CurrentUserView;
}

export function currentUser(): Promise<CurrentUserView | null> {
  current ??= fetchMe().catch((error: unknown) => {
    current = undefined;
    throw error;
  });
  return current;
}

export function forgetCurrentUser(): void {
  current = undefined;
}

async function signedInUser(): Promise<CurrentUserView> {
  const user = await currentUser();
  if (!user) throw new Error('Sign in first');
  return user;
}

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    const response = await fetch('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    if (!response.ok) throw new HttpError(body.message ?? 'Sign-in failed', response.status, body);
    forgetCurrentUser();
  },
  async logout() {
    await fetch('/api/auth/sign-out', { method: 'POST' }).catch(() => undefined);
    forgetCurrentUser();
  },
  async checkAuth() {
    await signedInUser();
  },
  async checkError(error: { status?: number }) {
    // 401: the session ended (idle, signed out elsewhere): back to the sign-in page. 403 is a refusal, not a sign-out.
    if (error?.status === 401) {
      forgetCurrentUser();
      throw new Error('Your session has ended: sign in again');
    }
  },
  async getIdentity() {
    const user = await signedInUser();
    return {
      id: user.id,
      fullName: user.displayName,
      role: user.role,
      email: user.email,
      offices: user.offices,
      mustChangePassword: user.mustChangePassword,
    };
  },
  async getPermissions() {
    return (await currentUser())?.role;
  },
  async canAccess({ resource, action }) {
    const user = await currentUser();
    return Boolean(user && isRole(user.role) && roleCanAccess(user.role, resource, action));
  },
};
