/** Only the screenshot script (npm run screenshots): it writes docs/screenshots, so `npm test` never runs it. */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e/screenshots'],
  testMatch: ['**/take-screenshots.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { module: { type: 'commonjs' } }] },
  maxWorkers: 1,
};
