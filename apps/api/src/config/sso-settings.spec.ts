import { ConfigurationError, loadEnvironment } from './environment';
import { roleFor, ssoSettings } from './sso-settings';

const COMPLETE = {
  OIDC_ISSUER_URL: 'https://login.example.org/tenant/v2.0',
  OIDC_CLIENT_ID: 'tracker',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_REDIRECT_URL: 'https://tracker.example.org/api/auth/sso/callback',
};

describe('single sign-on settings', () => {
  it('are off when no OIDC variable is set', () => {
    expect(ssoSettings(loadEnvironment({}))).toBeNull();
  });

  it('read a complete configuration with its defaults and role map in order', () => {
    const settings = ssoSettings(
      loadEnvironment({ ...COMPLETE, OIDC_ROLE_MAP: '{"tracker-editors":"SECRETARIAT_EDITOR","tracker-auditors":"AUDITOR"}' }),
    );
    expect(settings).toMatchObject({
      clientId: 'tracker',
      scopes: 'openid email profile',
      roleClaim: 'groups',
      defaultRole: undefined,
      roleMap: [
        ['tracker-editors', 'SECRETARIAT_EDITOR'],
        ['tracker-auditors', 'AUDITOR'],
      ],
    });
    expect(roleFor(settings!, ['tracker-auditors', 'tracker-editors'])).toBe('SECRETARIAT_EDITOR');
    expect(roleFor(settings!, ['others'])).toBeUndefined();
    expect(roleFor({ ...settings!, defaultRole: 'COMMITTEE_OFFICER' }, [])).toBe('COMMITTEE_OFFICER');
  });

  it.each([
    [{ OIDC_CLIENT_ID: 'tracker' }, /OIDC_CLIENT_ID set, but OIDC_ISSUER_URL, OIDC_REDIRECT_URL missing/],
    [{ ...COMPLETE, OIDC_ISSUER_URL: 'http://login.example.org' }, /OIDC_ISSUER_URL must use https/],
    [
      { ...COMPLETE, OIDC_REDIRECT_URL: 'https://tracker.example.org/callback' },
      /OIDC_REDIRECT_URL must end in \/api\/auth\/sso\/callback/,
    ],
    [{ ...COMPLETE, OIDC_ROLE_MAP: '{tracker-auditors: AUDITOR}' }, /OIDC_ROLE_MAP is not JSON/],
    [{ ...COMPLETE, OIDC_ROLE_MAP: '{"tracker-auditors":"READER"}' }, /"tracker-auditors": "READER"/],
    [{ ...COMPLETE, OIDC_DEFAULT_ROLE: 'GUEST' }, /OIDC_DEFAULT_ROLE="GUEST" is not a role/],
    [{ ...COMPLETE, OIDC_DEFAULT_ROLE: 'ADMINISTRATOR' }, /cannot be ADMINISTRATOR/],
    [{ ...COMPLETE, OIDC_SCOPES: 'email profile' }, /OIDC_SCOPES must include openid/],
  ])('stop the start with a clear message when half-configured or wrong: %j', (variables, message) => {
    expect(() => loadEnvironment(variables)).toThrow(ConfigurationError);
    expect(() => loadEnvironment(variables)).toThrow(message);
  });

  it('accept plain http for a provider on this machine (tests, development)', () => {
    expect(ssoSettings(loadEnvironment({ ...COMPLETE, OIDC_ISSUER_URL: 'http://127.0.0.1:4567' }))?.issuer.host).toBe('127.0.0.1:4567');
  });
});
