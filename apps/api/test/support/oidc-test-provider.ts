import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The client oidc-provider-process.mjs registers. */
export const TEST_CLIENT = { id: 'mandate-tracker', secret: 'a client secret for tests only' };

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestProvider {
  issuer: string;
  /** The OIDC_* variables that point the tracker at this provider. */
  environment(redirectUrl: string, extra?: Record<string, string>): Record<string, string>;
  stop(): Promise<void>;
}

/** A real OpenID provider in a process of its own; accounts by login name, any password. */
export async function startTestProvider(redirectUris: string[], accounts: Record<string, TestAccount>): Promise<TestProvider> {
  const child = spawn(process.execPath, [path.join(__dirname, 'oidc-provider-process.mjs')], {
    env: { ...process.env, OIDC_TEST_REDIRECT_URIS: JSON.stringify(redirectUris), OIDC_TEST_ACCOUNTS: JSON.stringify(accounts) },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the test OpenID provider exited with status ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
  });
  return {
    issuer,
    environment: (redirectUrl, extra = {}) => ({
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: TEST_CLIENT.id,
      OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
      OIDC_REDIRECT_URL: redirectUrl,
      OIDC_SCOPES: 'openid email profile groups',
      ...extra,
    }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * What a browser does at the provider's development pages: follows its redirects with its cookies, fills the
 * sign-in form with `login`, confirms the consent form, and stops at the redirect back to the tracker, whose
 * query (code and state, or an error) it returns.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectUrl: string): Promise<string> {
  const cookies = new Map<string, string>();
  let next: { url: string; init: RequestInit } = { url: authorizationUrl, init: {} };
  for (let step = 0; step < 20; step += 1) {
    const headers = new Headers(next.init.headers);
    headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(next.url, { ...next.init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (target.href.startsWith(redirectUrl)) return target.search;
      next = { url: target.href, init: {} };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at the provider (HTTP ${response.status}): ${html.slice(0, 300)}`);
    const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt });
    next = {
      url: new URL(action, next.url).href,
      init: { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    };
  }
  throw new Error('the provider never sent the browser back');
}
