/** Unit specs beside the code, and browser journeys: the real API (embedded PostgreSQL) serving the built admin, driven in Chromium. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/e2e'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { module: { type: 'commonjs' } }] },
  testTimeout: 120000,
  maxWorkers: 1,
};
