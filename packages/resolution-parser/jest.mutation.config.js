/**
 * The tests StrykerJS runs against each mutant: the specs of the rule modules it mutates (stryker.config.mjs).
 * Every mutant of a module-level constant (a pattern, a table) runs all of them, so the list stays to the specs
 * that are about those modules; the robustness and seed suites time megabytes of text and would make the run hours.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['**/src/symbols.spec.ts', '**/src/symbols.rules.spec.ts'],
};
