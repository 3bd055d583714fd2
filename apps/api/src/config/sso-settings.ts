import { isRole, ROLES, type Role } from '@mandate-tracker/contracts';
import { ConfigurationError } from './configuration-error';
import type { Environment } from './environment';

/** The path the identity provider sends the browser back to; OIDC_REDIRECT_URL must point at it. */
export const SSO_CALLBACK_PATH = '/api/auth/sso/callback';

export interface SsoSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  redirectUrl: URL;
  scopes: string;
  roleClaim: string;
  /** In the order given: a user in several mapped groups gets the first one's role. */
  roleMap: [string, Role][];
  defaultRole: Role | undefined;
  buttonLabel: string;
}

type SsoVariables = Pick<
  Environment,
  | 'OIDC_ISSUER_URL'
  | 'OIDC_CLIENT_ID'
  | 'OIDC_CLIENT_SECRET'
  | 'OIDC_REDIRECT_URL'
  | 'OIDC_SCOPES'
  | 'OIDC_ROLE_CLAIM'
  | 'OIDC_ROLE_MAP'
  | 'OIDC_DEFAULT_ROLE'
  | 'OIDC_BUTTON_LABEL'
>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function url(name: string, value: string, problems: string[]): URL | undefined {
  try {
    return new URL(value);
  } catch {
    problems.push(`${name}=${JSON.stringify(value)} is not a URL`);
    return undefined;
  }
}

function roleMapOf(value: string | undefined, problems: string[]): [string, Role][] {
  if (!value) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    problems.push(`OIDC_ROLE_MAP is not JSON: write it like {"tracker-auditors":"AUDITOR"}`);
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push(`OIDC_ROLE_MAP must be a JSON object like {"tracker-auditors":"AUDITOR"}`);
    return [];
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  const unknown = entries.filter(([, role]) => !isRole(role));
  if (unknown.length > 0) {
    const listed = unknown.map(([group, role]) => `${JSON.stringify(group)}: ${JSON.stringify(role)}`).join(', ');
    problems.push(`OIDC_ROLE_MAP maps to roles that do not exist (${listed}); roles are ${ROLES.join(', ')}`);
  }
  return entries.filter((entry): entry is [string, Role] => isRole(entry[1]));
}

/**
 * Single sign-on is off while no OIDC_* variable that configures it is set. Once one is, the issuer, client id and
 * redirect URL are all required, and every value is checked here, at start-up, with the variable's name.
 */
export function ssoSettings(environment: SsoVariables): SsoSettings | null {
  const configuring = [
    'OIDC_ISSUER_URL',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_REDIRECT_URL',
    'OIDC_ROLE_MAP',
    'OIDC_DEFAULT_ROLE',
  ] as const;
  const set = configuring.filter((name) => environment[name]);
  if (set.length === 0) return null;
  const problems: string[] = [];
  const required = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_REDIRECT_URL'] as const;
  const missing = required.filter((name) => !environment[name]);
  if (missing.length > 0) problems.push(`${set.join(', ')} set, but ${missing.join(', ')} missing: set them all, or none`);

  const issuer = environment.OIDC_ISSUER_URL ? url('OIDC_ISSUER_URL', environment.OIDC_ISSUER_URL, problems) : undefined;
  // Plain http would let anyone on the path forge the provider's answers; a provider on this machine is the exception.
  if (issuer && issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname))) {
    problems.push(`OIDC_ISSUER_URL must use https (plain http only for a provider on localhost)`);
  }
  const redirectUrl = environment.OIDC_REDIRECT_URL ? url('OIDC_REDIRECT_URL', environment.OIDC_REDIRECT_URL, problems) : undefined;
  if (redirectUrl && redirectUrl.pathname !== SSO_CALLBACK_PATH) {
    problems.push(`OIDC_REDIRECT_URL must end in ${SSO_CALLBACK_PATH}, e.g. https://tracker.example.org${SSO_CALLBACK_PATH}`);
  }
  if (!environment.OIDC_SCOPES.split(/\s+/).includes('openid')) problems.push(`OIDC_SCOPES must include openid`);
  const roleMap = roleMapOf(environment.OIDC_ROLE_MAP, problems);
  const defaultRole = environment.OIDC_DEFAULT_ROLE;
  if (defaultRole !== undefined && !isRole(defaultRole)) {
    problems.push(`OIDC_DEFAULT_ROLE=${JSON.stringify(defaultRole)} is not a role; roles are ${ROLES.join(', ')}`);
  } else if (defaultRole === 'ADMINISTRATOR') {
    problems.push('OIDC_DEFAULT_ROLE cannot be ADMINISTRATOR: map an administrators’ group in OIDC_ROLE_MAP instead');
  }
  if (problems.length > 0 || !issuer || !redirectUrl) {
    throw new ConfigurationError(`Invalid single sign-on configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
  return {
    issuer,
    clientId: environment.OIDC_CLIENT_ID!,
    clientSecret: environment.OIDC_CLIENT_SECRET,
    redirectUrl,
    scopes: environment.OIDC_SCOPES,
    roleClaim: environment.OIDC_ROLE_CLAIM,
    roleMap,
    defaultRole: defaultRole as Role | undefined,
    buttonLabel: environment.OIDC_BUTTON_LABEL,
  };
}

/** The role a new user gets: the first mapped group they are in, else the default (undefined: refused). */
export function roleFor(settings: Pick<SsoSettings, 'roleMap' | 'defaultRole'>, groups: readonly string[]): Role | undefined {
  return settings.roleMap.find(([group]) => groups.includes(group))?.[1] ?? settings.defaultRole;
}
