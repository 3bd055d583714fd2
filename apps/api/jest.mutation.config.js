/**
 * The tests StrykerJS runs against each mutant of the rule modules that need no database (stryker.config.mjs):
 * their unit specs, without the global setup, which would start PostgreSQL again for every mutant.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  globalSetup: undefined,
  globalTeardown: undefined,
  roots: ['<rootDir>/src'],
  testMatch: [
    '**/obligations/status-workflow*.spec.ts',
    '**/obligations/**/due-status*.spec.ts',
    '**/documents/document-symbols*.spec.ts',
    '**/common/list/parse-list-query.spec.ts',
  ],
};
