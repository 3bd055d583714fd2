/*
 * A real OpenID provider (the oidc-provider package, with its development sign-in and consent pages) for the
 * single sign-on tests. Run as its own Node process, outside jest's module system:
 *
 *   OIDC_TEST_REDIRECT_URIS='["http://127.0.0.1:4000/api/auth/sso/callback"]' \
 *   OIDC_TEST_ACCOUNTS='{"olga":{"email":"olga@un.org","name":"Olga","groups":["tracker-auditors"]}}' \
 *   node oidc-provider-process.mjs
 *
 * It prints one line of JSON, {"issuer": "http://127.0.0.1:<port>"}, once it listens. At its sign-in page any
 * login from OIDC_TEST_ACCOUNTS is accepted with any password.
 */
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const TEST_CLIENT = { id: 'mandate-tracker', secret: 'a client secret for tests only' };

const redirectUris = JSON.parse(process.env.OIDC_TEST_REDIRECT_URIS ?? '[]');
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}');

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: TEST_CLIENT.id,
      client_secret: TEST_CLIENT.secret,
      redirect_uris: redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  cookies: { keys: ['cookie signing key for tests only'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: account.sub ?? id, ...account }) };
  },
});
server.on('request', provider.callback());

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
