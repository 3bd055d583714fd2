import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '@mandate-tracker/contracts';
import { ConfigurationError } from './configuration-error';
import { defaultAdminDist, defaultDataDir } from './paths';
import { ssoSettings } from './sso-settings';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/**
 * Every environment variable the API reads, checked once at start-up so that a
 * bad value stops the process with its name instead of failing on first use.
 */
export class Environment {
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  /** Unset: an embedded PostgreSQL is started with its data under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must look like postgresql://user:password@host:5432/database' })
  DATABASE_URL?: string;

  /**
   * The least-privilege role the API connects as (DATABASE_URL's user, or the embedded superuser, only migrates):
   * created and granted at start-up. With DATABASE_URL its password is required; the embedded server generates one.
   */
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DATABASE_APP_USER must be a lower-case PostgreSQL name (letters, digits, _)' })
  DATABASE_APP_USER = 'mandate_tracker_app';

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'DATABASE_APP_PASSWORD must be at least 12 characters long' })
  DATABASE_APP_PASSWORD?: string;

  @IsOptional()
  @IsString()
  DATA_DIR = defaultDataDir;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'EMBEDDED_POSTGRES_PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'BODY_LIMIT_BYTES must be a whole number of bytes' })
  @Min(1024)
  BODY_LIMIT_BYTES = 5 * 1024 * 1024;

  /** How long a list's total is reused (0: count every time), then served while recounted for as long again; any committed write clears it. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'LIST_COUNT_CACHE_MS must be a whole number of milliseconds' })
  @Min(0)
  LIST_COUNT_CACHE_MS = 2000;

  /** PostgreSQL cancels a statement that runs longer; the client gives up on a silent server after this plus DATABASE_CONNECT_TIMEOUT_MS. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(100)
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  /** How long opening a database connection may take before the request is answered 503 DATABASE_UNAVAILABLE. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_CONNECT_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(100)
  DATABASE_CONNECT_TIMEOUT_MS = 5_000;

  /** On SIGTERM, how long requests in flight may take to finish before they are cut off and the process exits. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_DRAIN_MS must be a whole number of milliseconds' })
  @Min(0)
  SHUTDOWN_DRAIN_MS = 10_000;

  /** Limits on reading one uploaded file (see imports/reading/read-limits.ts); a real resolution stays far below each. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'IMPORT_READ_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(100)
  IMPORT_READ_TIMEOUT_MS = 20_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'IMPORT_READ_MEMORY_MB must be a whole number of megabytes' })
  @Min(32)
  IMPORT_READ_MEMORY_MB = 256;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'IMPORT_MAX_PDF_PAGES must be a whole number' })
  @Min(1)
  IMPORT_MAX_PDF_PAGES = 500;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'IMPORT_MAX_DOCX_PARAGRAPHS must be a whole number' })
  @Min(1)
  IMPORT_MAX_DOCX_PARAGRAPHS = 20_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'IMPORT_MAX_DECOMPRESSED_BYTES must be a whole number of bytes' })
  @Min(1024)
  IMPORT_MAX_DECOMPRESSED_BYTES = 50 * 1024 * 1024;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'IMPORT_MAX_TEXT_CHARACTERS must be a whole number' })
  @Min(1024)
  IMPORT_MAX_TEXT_CHARACTERS = 5_000_000;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  ADMIN_DIST = defaultAdminDist;

  /** First start with no users: the administrator created. Without ADMIN_PASSWORD a one-time password is printed once. */
  @IsOptional()
  @IsEmail({ require_tld: false }, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL = 'admin@localhost';

  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  ADMIN_PASSWORD?: string;

  /** A session ends after this long without a request... */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be a whole number of minutes' })
  @Min(1)
  SESSION_IDLE_MINUTES = 60;

  /** ...and in any case this long after sign-in. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SESSION_MAX_HOURS must be a whole number of hours' })
  @Min(1)
  SESSION_MAX_HOURS = 12;

  /** Sign-in attempts per minute from one address (then 429); failures per account are slowed down separately. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SIGN_IN_RATE_LIMIT must be a whole number' })
  @Min(1)
  SIGN_IN_RATE_LIMIT = 10;

  /** Requests per minute from one address on every other route. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT must be a whole number' })
  @Min(1)
  RATE_LIMIT = 1200;

  /** Behind a reverse proxy terminating TLS: trust its X-Forwarded-* headers (client address, https → Secure cookies). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY = false;

  /** Other origins (comma-separated) allowed to call the API from a browser (CORS); none by default. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS = '';

  /*
   * Single sign-on through OpenID Connect: off while none of these is set; see sso-settings.ts for how they
   * combine and docs/deployment.md for an example.
   */
  @IsOptional()
  @IsString()
  OIDC_ISSUER_URL?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  /** Unset: a public client (PKCE alone); set: sent with HTTP Basic authentication (client_secret_basic). */
  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  @IsOptional()
  @IsString()
  OIDC_REDIRECT_URL?: string;

  @IsOptional()
  @IsString()
  OIDC_SCOPES = 'openid email profile';

  /** The claim holding the user's groups or roles at the identity provider. */
  @IsOptional()
  @IsString()
  OIDC_ROLE_CLAIM = 'groups';

  /** JSON: {"<group or role at the provider>": "<our role>"}; the first entry the user has decides. */
  @IsOptional()
  @IsString()
  OIDC_ROLE_MAP?: string;

  /** The role of a new user none of whose groups is in OIDC_ROLE_MAP; unset: such a user is refused. */
  @IsOptional()
  @IsString()
  OIDC_DEFAULT_ROLE?: string;

  @IsOptional()
  @IsString()
  OIDC_BUTTON_LABEL = 'Sign in with SSO';
}

export { ConfigurationError };

export function loadEnvironment(source: NodeJS.ProcessEnv): Environment {
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => {
      const messages = Object.values(error.constraints ?? {}).join('; ');
      return `  ${error.property}=${JSON.stringify(source[error.property])}: ${messages}`;
    });
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  // Half a single sign-on configuration stops the start rather than surfacing at the first user's sign-in.
  ssoSettings(environment);
  return environment;
}
