import { ConfigurationError, loadEnvironment } from './environment';

describe('loadEnvironment', () => {
  it('fills defaults when nothing is set', () => {
    const environment = loadEnvironment({});
    expect(environment).toMatchObject({ PORT: 3000, BODY_LIMIT_BYTES: 5 * 1024 * 1024, LOG_LEVEL: 'info', DATABASE_URL: undefined });
  });

  it('reads numbers and a database URL', () => {
    expect(loadEnvironment({ PORT: '8080', DATABASE_URL: 'postgresql://u:p@db:5432/tracker' })).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'postgresql://u:p@db:5432/tracker',
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['BODY_LIMIT_BYTES', '5MB'],
    ['LOG_LEVEL', 'loud'],
  ])('names the bad variable %s=%s', (name, value) => {
    expect(() => loadEnvironment({ [name]: value })).toThrow(ConfigurationError);
    expect(() => loadEnvironment({ [name]: value })).toThrow(new RegExp(`${name}="${value}"`));
  });
});
