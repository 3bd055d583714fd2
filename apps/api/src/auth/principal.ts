import type { Role, SignInMethod } from '@mandate-tracker/contracts';

/** The signed-in user a request acts for, established by AccessGuard from a session cookie or a Bearer token. */
export interface Principal {
  userId: number;
  email: string;
  displayName: string;
  role: Role;
  /** A secretariat editor limited to these responsible offices; empty: every office. */
  offices: string[];
  method: SignInMethod;
  /** The session's id (a hash) when signed in through the browser. */
  sessionId: string | null;
  /** The API token's id when one was used. */
  tokenId: number | null;
  mustChangePassword: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
