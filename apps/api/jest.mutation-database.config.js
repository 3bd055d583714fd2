/**
 * The tests StrykerJS runs against each mutant of the rule modules that work through the database
 * (stryker.database.config.mjs): the end-to-end specs about those rules, on the real PostgreSQL of the global setup.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: [
    '**/version-race.e2e-spec.ts',
    '**/status-workflow.e2e-spec.ts',
    '**/obligations.e2e-spec.ts',
    '**/sessions.e2e-spec.ts',
    '**/resolutions.e2e-spec.ts',
    '**/documents.e2e-spec.ts',
    '**/imports.e2e-spec.ts',
    '**/import-atomicity.e2e-spec.ts',
    '**/follow-up-links.e2e-spec.ts',
  ],
};
