import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The API tests' OpenID provider (oidc-provider with its development sign-in pages), in a process of its own. */
const SCRIPT = path.resolve(__dirname, '../../../api/test/support/oidc-provider-process.mjs');

/** The client that script registers. */
export const TEST_CLIENT = { id: 'mandate-tracker', secret: 'a client secret for tests only' };

export interface TestProvider {
  issuer: string;
  stop(): Promise<void>;
}

export async function startOidcProvider(
  redirectUrl: string,
  accounts: Record<string, { email: string; name: string; groups: string[] }>,
): Promise<TestProvider> {
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, OIDC_TEST_REDIRECT_URIS: JSON.stringify([redirectUrl]), OIDC_TEST_ACCOUNTS: JSON.stringify(accounts) },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the OpenID provider exited with status ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
  });
  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
