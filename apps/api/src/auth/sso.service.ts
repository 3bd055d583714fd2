import { Injectable, Logger } from '@nestjs/common';
import type { Role } from '@mandate-tracker/contracts';
import * as oidc from 'openid-client';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { Environment } from '../config/environment';
import { roleFor, ssoSettings, type SsoSettings } from '../config/sso-settings';
import type { User } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { identityOf, type SsoIdentity } from './sso-identity';
import { hashSecret, newSecret } from './secrets';
import { SignInService, type OpenedSession } from './sign-in.service';

/** How long a browser may spend at the identity provider between leaving and coming back. */
export const SSO_ATTEMPT_SECONDS = 10 * 60;

/** The actor of a user created by their first single sign-on. */
const SSO_ACTOR = 'single sign-on';

/** A refused single sign-on: the message is for the person at the sign-in page, the reason for the audit trail. */
export class SsoRefused extends Error {}

export interface StartedSsoSignIn {
  /** Where to send the browser: the provider's authorization endpoint with our state, nonce and PKCE challenge. */
  authorizationUrl: string;
  /** The short-lived cookie binding the callback to this browser. */
  attemptSecret: string;
}

export interface SsoRequest {
  address: string;
  requestId: string;
}

/**
 * The authorization code flow with PKCE (openid-client): state, nonce and verifier stay in PostgreSQL under the
 * hash of a cookie only this browser holds; the provider's answer is checked by openid-client (issuer, audience,
 * signature, nonce); the person is matched by subject, then by e-mail, or created with the role configuration
 * gives them. Every sign-in and refusal is audited.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger('SingleSignOn');
  readonly settings: SsoSettings | null;
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly signIn: SignInService,
    environment: Environment,
  ) {
    this.settings = ssoSettings(environment);
  }

  async start(): Promise<StartedSsoSignIn> {
    const settings = this.configured();
    const configuration = await this.discover(settings);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const attemptSecret = newSecret();
    const now = Date.now();
    await this.prisma.$transaction([
      // Attempts abandoned at the provider are swept by the next ones.
      this.prisma.ssoSignIn.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
      this.prisma.ssoSignIn.create({
        data: { id: hashSecret(attemptSecret), state, nonce, codeVerifier, expiresAt: new Date(now + SSO_ATTEMPT_SECONDS * 1000) },
      }),
    ]);
    const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: settings.redirectUrl.href,
      scope: settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: authorizationUrl.href, attemptSecret };
  }

  /**
   * The provider sent the browser back with `query` (code and state, or an error). The attempt is used once,
   * whatever the outcome, so a replayed callback finds nothing.
   */
  async finish(attemptSecret: string | undefined, query: string, request: SsoRequest): Promise<OpenedSession> {
    const settings = this.configured();
    const attempt = attemptSecret ? await this.takeAttempt(attemptSecret) : null;
    if (!attempt) {
      return this.refuse(
        request,
        'no sign-in under way in this browser',
        'The single sign-on was not started in this browser or took too long: try again',
      );
    }
    const configuration = await this.discover(settings);
    const callbackUrl = new URL(settings.redirectUrl);
    callbackUrl.search = query;
    let identity: SsoIdentity;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      // Providers that follow the core spec put e-mail and groups in the UserInfo answer rather than the ID token.
      const userInfo = configuration.serverMetadata().userinfo_endpoint
        ? await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub)
        : {};
      identity = identityOf({ ...claims, ...userInfo }, settings.roleClaim);
    } catch (error) {
      const reason = providerFailure(error);
      this.logger.warn(`single sign-on refused: ${reason}`);
      return this.refuse(request, reason, `The identity provider’s answer was refused (${reason})`);
    }
    const user = await this.userFor(identity, settings, request);
    return this.signIn.open(user, 'sso', request.address, request.requestId);
  }

  private configured(): SsoSettings {
    if (!this.settings) throw AppError.notFound('Single sign-on', 'configuration (set OIDC_ISSUER_URL and the other OIDC_* variables)');
    return this.settings;
  }

  /** The provider's metadata, fetched at the first sign-in rather than at start-up, and again after a failure. */
  private discover(settings: SsoSettings): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        settings.issuer,
        settings.clientId,
        undefined,
        settings.clientSecret === undefined ? oidc.None() : oidc.ClientSecretBasic(settings.clientSecret),
        // ssoSettings accepts plain http for a provider on this machine only.
        settings.issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        this.logger.error(`the identity provider at ${settings.issuer.href} could not be reached: ${String(error)}`);
        throw new SsoRefused('The identity provider cannot be reached: try again later, or sign in with a password');
      });
    return this.configuration;
  }

  private async takeAttempt(secret: string) {
    const id = hashSecret(secret);
    const attempt = await this.prisma.ssoSignIn.findUnique({ where: { id } });
    if (!attempt) return null;
    const { count } = await this.prisma.ssoSignIn.deleteMany({ where: { id } });
    return count === 1 && attempt.expiresAt > new Date() ? attempt : null;
  }

  /** Subject first (e-mail addresses get reassigned), then e-mail, else a new account with the configured role. */
  private async userFor(identity: SsoIdentity, settings: SsoSettings, request: SsoRequest): Promise<User> {
    const bySubject = await this.prisma.user.findUnique({ where: { oidcSubject: identity.subject } });
    if (bySubject) return this.active(bySubject, request);
    if (!identity.email) {
      return this.refuse(request, 'no e-mail claim', 'The identity provider sent no e-mail address: ask for the email scope');
    }
    if (identity.emailVerified === false) {
      return this.refuse(request, 'e-mail not verified', `The identity provider has not verified ${identity.email}`);
    }
    const byEmail = await this.prisma.user.findUnique({ where: { email: identity.email } });
    if (byEmail) {
      if (byEmail.oidcSubject) {
        return this.refuse(
          request,
          'e-mail linked to another identity',
          `${identity.email} already signs in with another single sign-on identity`,
          byEmail,
        );
      }
      await this.active(byEmail, request);
      return this.link(byEmail, identity.subject, request);
    }
    const role = roleFor(settings, identity.groups);
    if (!role) {
      return this.refuse(
        request,
        'no role for the groups',
        'Your account at the identity provider is in no group the tracker gives a role to: ask an administrator to invite you',
      );
    }
    return this.create(identity, role);
  }

  private async active(user: User, request: SsoRequest): Promise<User> {
    if (!user.active) return this.refuse(request, 'deactivated', 'This account is deactivated: ask an administrator', user);
    return user;
  }

  private link(user: User, subject: string, request: SsoRequest): Promise<User> {
    return this.prisma.transaction(async (tx) => {
      const linked = await tx.user.update({ where: { id: user.id }, data: { oidcSubject: subject, version: { increment: 1 } } });
      await this.audit.record(tx, {
        actor: user.displayName,
        action: 'UPDATE',
        entityType: 'User',
        entityId: user.id,
        before: { sso: false },
        after: { sso: true },
        identity: { userId: user.id, tokenId: null, requestId: request.requestId },
      });
      return linked;
    });
  }

  private create(identity: SsoIdentity, role: Role): Promise<User> {
    return this.prisma.transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: identity.email!, displayName: identity.displayName, role, oidcSubject: identity.subject },
      });
      await this.audit.record(tx, {
        actor: SSO_ACTOR,
        action: 'CREATE',
        entityType: 'User',
        entityId: user.id,
        after: { email: user.email, displayName: user.displayName, role, sso: true, groups: identity.groups },
      });
      return user;
    });
  }

  private async refuse(request: SsoRequest, reason: string, message: string, user?: User): Promise<never> {
    await this.prisma.transaction(async (tx) => {
      await this.audit.record(tx, {
        actor: user?.displayName ?? SSO_ACTOR,
        action: 'SIGN_IN_FAILED',
        entityType: 'User',
        entityId: user?.id ?? 'single sign-on',
        after: { method: 'sso', address: request.address, reason },
        identity: { userId: null, tokenId: null, requestId: request.requestId },
      });
    });
    throw new SsoRefused(message);
  }
}

/** What went wrong at the provider, in a line: its own error code and description when it sent one. */
function providerFailure(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError)
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
